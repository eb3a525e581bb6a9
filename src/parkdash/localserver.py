"""What the browser tests, the benchmark and the load test share: Debian's chromium and a local server.

Nothing here is used by the dashboard itself; it is the one place that knows how to reach a
Streamlit server on 127.0.0.1 and how to start the browser without any download or network.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # the repository: app.py, .streamlit/config.toml

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


def _status_kb(pid: int, key: str) -> int:
    """A ``VmRSS`` / ``VmHWM`` figure of a live process in kB (0 once it is gone)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _die_with_parent() -> None:  # pragma: no cover - runs in the child between fork and exec
    """Linux: the server gets SIGTERM when the process that started it dies, even by SIGKILL, so a
    crashed test run or load test leaves no server behind."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


class ServerError(RuntimeError):
    """The server did not come up (its log says why)."""


@dataclass
class StreamlitServer:
    """``streamlit run app.py`` on 127.0.0.1, owned by whoever created it.

    Only the process this object started is ever signalled (by its pid). ``kill`` is a crash (SIGKILL),
    ``stop`` a clean shutdown; ``start`` again brings it back on the same port (a restart). The log
    file is appended to, so a restart keeps the first run's lines.
    """

    log_path: Path
    data_dir: Path | None = None  # PARKDASH_DATA_DIR for the app; None: the app's default
    port: int = field(default_factory=free_port)
    app_dir: Path = ROOT
    options: tuple[str, ...] = ()  # extra ``--section.key value`` arguments
    proc: subprocess.Popen | None = field(default=None, repr=False)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def pid(self) -> int:
        assert self.proc is not None, "the server was never started"
        return self.proc.pid

    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def rss_mb(self) -> float:
        """Resident memory now."""
        return _status_kb(self.pid, "VmRSS") / 1024 if self.running() else 0.0

    def peak_rss_mb(self) -> float:
        """The kernel's high-water mark of resident memory since the process started."""
        return _status_kb(self.pid, "VmHWM") / 1024 if self.running() else 0.0

    def log_size(self) -> int:
        try:
            return self.log_path.stat().st_size
        except OSError:
            return 0

    def log_text(self, start: int = 0, limit: int = 20_000) -> str:
        try:
            text = self.log_path.read_bytes()[start:].decode("utf-8", "replace")
        except OSError:
            return "(no server log)"
        return text if len(text) <= limit else "…\n" + text[-limit:]

    def start(self, timeout: float = 60.0) -> StreamlitServer:
        """Start the server and wait until ``/_stcore/health`` answers ``ok``; raise ``ServerError`` if not."""
        if self.running():
            raise ServerError(f"already running (pid {self.pid})")
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), *filter(None, [os.environ.get("PYTHONPATH")])])
        if self.data_dir is not None:
            env["PARKDASH_DATA_DIR"] = str(self.data_dir)
        cmd = [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true",
               "--server.port", str(self.port), "--server.address", "127.0.0.1", *self.options]  # fmt: skip
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        with self.log_path.open("ab") as log:
            log.write(f"\n--- parkdash: starting the server on 127.0.0.1:{self.port}\n".encode())
            log.flush()
            self.proc = subprocess.Popen(
                cmd,
                cwd=self.app_dir,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                preexec_fn=_die_with_parent if sys.platform == "linux" else None,  # (servers are started from the main thread)
            )
        deadline = time.monotonic() + timeout
        while True:
            if self.proc.poll() is not None:
                raise ServerError(f"the server exited with code {self.proc.returncode} before it was healthy:\n{self.log_text()}")
            if healthy(self.base_url):
                time.sleep(0.3)  # a server that lost the port to another one exits at once: be sure it is ours
                if self.proc.poll() is None:
                    return self
                continue
            if time.monotonic() > deadline:
                self.stop()
                raise ServerError(f"/_stcore/health did not answer ok within {timeout:.0f} s:\n{self.log_text()}")
            time.sleep(0.2)

    def kill(self) -> None:
        """Crash it: SIGKILL, no clean shutdown (open websockets are cut)."""
        if self.running():
            os.kill(self.pid, signal.SIGKILL)
        if self.proc is not None:
            self.proc.wait(timeout=30)

    def stop(self) -> None:
        """Stop it cleanly (SIGTERM), and kill it if it has not gone within 10 s."""
        if not self.running():
            return
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.kill()

    def __enter__(self) -> StreamlitServer:
        return self.start() if not self.running() else self

    def __exit__(self, *exc: object) -> None:
        self.stop()
