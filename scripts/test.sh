#!/usr/bin/env bash
# Set up and run every test: unit tests, AppTests of every page, and the real-browser tests
# (Playwright driving Debian's chromium; installed with a CJK font when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser
exec .venv/bin/python -m pytest -q "$@"
