#!/usr/bin/env bash
# Set up parkdash on a fresh Debian machine with Python 3.11: a virtual environment in .venv with
# the pinned packages. With --browser, also Debian's chromium and a CJK font (for the browser tests),
# installed only when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${1:-}" == "--browser" ]]; then
  need=()
  [[ -x /usr/bin/chromium ]] || need+=(chromium)
  fc-list 2>/dev/null | grep -qiE "wenquanyi|wqy|noto sans cjk" || need+=(fonts-wqy-microhei)
  if ((${#need[@]})); then
    sudo=""; [[ $(id -u) -eq 0 ]] || sudo="sudo"
    echo "installing ${need[*]} (Debian packages)"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
  fi
fi

if [[ ! -x .venv/bin/python ]]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check -c requirements.lock -e ".[test]"
