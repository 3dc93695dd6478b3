"""One process drives the station's pump buses: a lock file beside the database says which.

Two DART masters on one RS-485 line garble each other's frames, and a serial port
opened twice on Linux is not refused.  The running console holds this lock for as
long as its buses are open; a command that would open them itself (`platepay shift
open|close`) takes it too, and is refused while the console has it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from console.domain.errors import DomainError


class BusesInUse(DomainError):
    """Another process (the running console) drives the pump buses; `code` for the window or CLI."""

    code = "console_running"


class PumpBusLock:
    def __init__(self, database: Path | str) -> None:
        self.path = Path(f"{database}.pumps.lock")
        self._fd: int | None = None

    def acquire(self) -> "PumpBusLock":
        """Take the lock or raise BusesInUse at once (never waits)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            raise BusesInUse(
                f"the pump buses are in use by the running console ({self.path}): "
                "open or close the shift in its window"
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd
        return self

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)  # closing the descriptor drops the lock

    def __enter__(self) -> "PumpBusLock":
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()


if sys.platform == "win32":
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
