"""The plate-reading worker processes end with the console, however the console ends."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest


def children_of(pid: int) -> set[int]:
    found = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found |= {int(c) for c in (task / "children").read_text().split()}
        except OSError:
            pass
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_reader_workers_end_with_the_console(tmp_path, how):
    console = subprocess.Popen(
        [sys.executable, "-m", "console", "--db", str(tmp_path / "demo.sqlite3"), "run", "--headless", "--demo", "--duration", "120"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={**os.environ, "PLATEPAY_CONFIG": "", "XDG_CONFIG_HOME": str(tmp_path)},
    )
    workers: set[int] = set()
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not workers:
            time.sleep(0.5)
            # the spawn machinery's resource tracker is a child too: the readers are the others
            workers = {c for c in children_of(console.pid) if "resource_tracker" not in Path(f"/proc/{c}/cmdline").read_bytes().decode(errors="replace")}
        assert workers, "no reader process started"
        console.send_signal(how)
        console.wait(30)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and any(alive(w) for w in workers):
            time.sleep(0.2)
        assert not [w for w in workers if alive(w)], "reader processes outlived the console"
    finally:
        if console.poll() is None:
            console.kill()
        for w in workers:
            try:
                os.kill(w, signal.SIGKILL)
            except OSError:
                pass
