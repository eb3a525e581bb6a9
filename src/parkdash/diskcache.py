"""Entries kept between runs in the cache folder of :mod:`parkdash.config`: a pickled object that took
long to build (a validated data set, a fitted model), named by a digest of everything it was built from.

An entry is written atomically (a reader sees a whole entry or none) as a magic line, the pickle and the
SHA-256 of the pickle. A pickle can run code, so the folder is used only when it is ours and nobody
else can write to it. An entry that is missing, damaged or not of the expected kind is ignored (and a
damaged one removed): the caller builds the object again.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from parkdash import config

T = TypeVar("T")


def folder(create: bool) -> Path | None:
    """The cache folder if it is safe to use: ours and writable by us alone."""
    where = config.cache_dir()
    if where is None:
        return None
    try:
        if create:
            where.mkdir(mode=0o700, parents=True, exist_ok=True)
        st = where.stat()
    except OSError:
        return None
    if st.st_uid != os.getuid() or st.st_mode & 0o022:
        return None
    return where


def read(name: str, magic: bytes) -> Any | None:
    """The object of entry ``name`` written with ``magic``, or None (a damaged entry is removed). The
    caller checks that the object is what it expects and calls :func:`discard` if not."""
    where = folder(create=False)
    path = where / name if where else None
    if path is None or not path.is_file():
        return None
    try:
        with path.open("rb") as fh:
            size = path.stat().st_size - len(magic) - 32
            if size < 0 or fh.read(len(magic)) != magic:
                raise ValueError("not a cache entry")
            h, left = hashlib.sha256(), size
            while left and (chunk := fh.read(min(1 << 20, left))):
                h.update(chunk)
                left -= len(chunk)
            if left or fh.read() != h.digest():
                raise ValueError("damaged cache entry")
            fh.seek(len(magic))
            value = pickle.load(fh)
    except Exception:  # noqa: BLE001 - whatever is wrong with the entry, the object is built instead
        path.unlink(missing_ok=True)
        return None
    os.utime(path)  # the most recently used entries are kept
    return value


def discard(name: str) -> None:
    """Remove an entry that read well but is not what its reader expects."""
    where = folder(create=False)
    if where is not None:
        (where / name).unlink(missing_ok=True)


class _HashingWriter:
    def __init__(self, fh: Any) -> None:
        self.fh, self.hash = fh, hashlib.sha256()

    def write(self, data: bytes) -> int:
        self.hash.update(data)
        return self.fh.write(data)


def write(name: str, value: object, magic: bytes, keep: int, family: str) -> None:
    """Write entry ``name``; then keep only the ``keep`` most recently used entries matching the glob
    ``family`` (the entries of one kind). Silently nothing when the folder cannot be used."""
    where = folder(create=True)
    if where is None:
        return
    tmp = where / f".{name}.{os.getpid()}.tmp"
    try:
        with tmp.open("wb") as fh:
            fh.write(magic)
            writer = _HashingWriter(fh)
            pickle.dump(value, writer, protocol=pickle.HIGHEST_PROTOCOL)
            fh.write(writer.hash.digest())
        os.replace(tmp, where / name)
        entries = sorted(where.glob(family), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in entries[keep:]:
            old.unlink(missing_ok=True)
    except OSError:
        tmp.unlink(missing_ok=True)


def fetch(name: str, magic: bytes, expect: type[T], build: Callable[[], T], keep: int, family: str) -> T:
    """Entry ``name`` if it holds an ``expect``; else ``build()``, written as that entry (a fitted model:
    built by the first process after a change, read back by every later one)."""
    value = read(name, magic)
    if isinstance(value, expect):
        return value
    if value is not None:
        discard(name)
    value = build()
    write(name, value, magic, keep=keep, family=family)
    return value


def digest(text: str, *files: Path) -> str:
    """A short name for what an entry was built from: ``text`` (versions, settings) and the files' bytes."""
    h = hashlib.sha256(f"{sys.version} {text}".encode())
    for path in files:
        h.update(path.read_bytes())
    return h.hexdigest()[:32]


__all__ = ["digest", "discard", "fetch", "folder", "read", "write"]
