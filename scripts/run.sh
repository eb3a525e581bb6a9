#!/usr/bin/env bash
# Set up and run the dashboard on the embedded data set: http://127.0.0.1:${PORT:-8501}
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/streamlit run app.py --server.address "${ADDRESS:-127.0.0.1}" --server.port "${PORT:-8501}"
