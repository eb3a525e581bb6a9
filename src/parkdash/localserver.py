"""What the browser tests, the benchmark and the load test share: Debian's chromium and a local server.

Nothing here is used by the dashboard itself; it is the one place that knows how to reach a
Streamlit server on 127.0.0.1 and how to start the browser without any download or network.
"""

from __future__ import annotations

import socket
import urllib.error
import urllib.request
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")  # Debian's package; Playwright never downloads a browser
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]  # fmt: skip - without the background-networking flags chromium keeps trying hosts it cannot reach


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def healthy(base_url: str) -> bool:
    """True when the Streamlit server at ``base_url`` answers its health check with ``ok``."""
    try:
        with urllib.request.urlopen(f"{base_url}/_stcore/health", timeout=2) as resp:  # our own 127.0.0.1 server
            return resp.status == 200 and resp.read().decode().strip() == "ok"
    except (urllib.error.URLError, OSError):
        return False
