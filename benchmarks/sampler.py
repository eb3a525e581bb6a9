"""A small wall-clock sampling profiler for one thread (no dependency).

A background thread reads the target thread's stack with ``sys._current_frames()`` every few
milliseconds. Unlike cProfile it works on any thread (Streamlit runs a page script in its own
ScriptRunner thread), adds little overhead, and can be stopped at any moment: a run that would
take an hour can be cut after ten minutes and still show where its time went.
"""

from __future__ import annotations

import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

Frame = tuple[str, str, int]  # (file, function, first line)


@dataclass
class Samples:
    """Seconds spent with each function on the stack (cumulative) or on top of it (self)."""

    total: float = 0.0
    cumulative: Counter[Frame] = field(default_factory=Counter)
    own: Counter[Frame] = field(default_factory=Counter)
    stacks: Counter[tuple[Frame, ...]] = field(default_factory=Counter)


class StackSampler:
    """Sample one thread's stack until :meth:`stop`."""

    def __init__(self, thread_id: int | None = None, interval: float = 0.005) -> None:
        self.thread_id = thread_id if thread_id is not None else threading.get_ident()
        self.interval = interval
        self.samples = Samples()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="stack-sampler", daemon=True)

    def start(self) -> StackSampler:
        self._thread.start()
        return self

    def stop(self) -> Samples:
        self._stop.set()
        self._thread.join()
        return self.samples

    def _run(self) -> None:
        last = time.perf_counter()
        while not self._stop.wait(self.interval):
            now = time.perf_counter()
            weight, last = now - last, now  # a late sample (GIL held by C code) stands for the whole gap
            frame = sys._current_frames().get(self.thread_id)
            if frame is None:
                continue
            stack: list[Frame] = []
            while frame is not None:
                code = frame.f_code
                stack.append((code.co_filename, code.co_name, code.co_firstlineno))
                frame = frame.f_back
            stack.reverse()
            s = self.samples
            s.total += weight
            for f in set(stack):
                s.cumulative[f] += weight
            s.own[stack[-1]] += weight
            s.stacks[tuple(stack[-12:])] += weight


def _short(frame: Frame) -> str:
    file, func, line = frame
    parts = Path(file).parts
    for anchor in ("site-packages", "src", "python3.11"):
        if anchor in parts:
            parts = parts[parts.index(anchor) + 1 :]
            break
    return f"{func} ({'/'.join(parts[-3:])}:{line})"


def report(samples: Samples, title: str, top: int = 30, min_share: float = 0.01) -> str:
    """A Markdown report: functions by cumulative time, by own time, and the heaviest stacks."""
    total = samples.total or 1e-9
    out = [f"# {title}", "", f"sampled wall time: {samples.total:.1f} s", ""]
    out += ["## by cumulative time (function on the stack)", "", "| s | % | function |", "|---:|---:|---|"]
    for frame, sec in samples.cumulative.most_common(top):
        if sec / total >= min_share:
            out.append(f"| {sec:.2f} | {100 * sec / total:.0f} | {_short(frame)} |")
    out += ["", "## by own time (function on top of the stack)", "", "| s | % | function |", "|---:|---:|---|"]
    for frame, sec in samples.own.most_common(top):
        if sec / total >= min_share:
            out.append(f"| {sec:.2f} | {100 * sec / total:.0f} | {_short(frame)} |")
    out += ["", "## heaviest stacks (innermost 12 frames)", ""]
    for stack, sec in samples.stacks.most_common(8):
        out.append(f"- {sec:.2f} s ({100 * sec / total:.0f} %)")
        out += [f"    {'  ' * n}{_short(f)}" for n, f in enumerate(stack)]
    return "\n".join(out) + "\n"
