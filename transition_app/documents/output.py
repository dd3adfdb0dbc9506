"""Atomic file output: readers never see a half-written document.

The bytes go to a temporary file in the target's folder, are flushed to disk, and the
temporary file is renamed over the target with ``os.replace`` (atomic on POSIX and on
Windows within one volume).  On any error the temporary file is removed and the target
is left as it was.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO


@contextlib.contextmanager
def atomic_writer(path: str | os.PathLike[str], mode: int | None = None) -> Iterator[BinaryIO]:
    """Open a binary stream that replaces ``path`` only when the ``with`` block succeeds.

    ``mode`` (e.g. ``0o600``: only the user may read it) is the new file's permission bits, also
    when it replaces an existing file; by default an existing file keeps its own.
    """
    target = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        elif target.exists():
            with contextlib.suppress(OSError):
                os.chmod(tmp, target.stat().st_mode & 0o7777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


def write_atomic(path: str | os.PathLike[str], data: bytes | Callable[[BinaryIO], object]) -> Path:
    """Write ``data`` (bytes, or a function that writes to a stream) to ``path`` atomically."""
    with atomic_writer(path) as fh:
        if callable(data):
            data(fh)
        else:
            fh.write(data)
    return Path(path)


def part_path(path: str | os.PathLike[str], index: int, name: str = "") -> Path:
    """The file of part ``index`` of a document written to ``path`` as one file per part:
    the first part keeps ``path`` (``letter.pdf``), the next ones get their name or number
    (``letter-family.pdf``, ``letter-2.pdf``)."""
    target = Path(path)
    if index == 0:
        return target
    suffix = "".join(c for c in (name or str(index + 1)) if c.isalnum() or c in "-_") or str(index + 1)
    return target.with_name(f"{target.stem}-{suffix}{target.suffix}")
