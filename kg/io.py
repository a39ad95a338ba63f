"""Atomic file output: a reader never sees a half-written file, and a crash leaves the old one."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomic(path: str | Path, data: str | bytes) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    # The writer's pid in the name lets a later run tell a kill's leftovers from a live writer's.
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp makes the file private; give it the mode an ordinary open() would have.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def remove_leftovers(folder: str | Path) -> list[Path]:
    """Remove what killed runs left in ``folder``: temporary files of write_atomic and temporary
    build folders (``.kg-build-PID-*``) whose process is gone. Those of a running process stay."""
    import re
    import shutil

    removed = []
    for item in Path(folder).glob(".*"):
        match = re.match(r"\.(?:kg-build-(\d+)-.*|.+\.(\d+)\..*\.tmp)$", item.name)
        if match is None or _running(int(match.group(1) or match.group(2))):
            continue
        if item.is_dir():
            shutil.rmtree(item, ignore_errors=True)
        else:
            item.unlink(missing_ok=True)
        removed.append(item)
    return removed


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True
