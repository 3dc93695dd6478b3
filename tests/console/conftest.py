from __future__ import annotations

import json
from pathlib import Path

import pytest

from console.cli import main
from console.store.migrate import open_and_upgrade


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "station.sqlite3"


@pytest.fixture
def store(db_path: Path):
    store, _ = open_and_upgrade(db_path)
    yield store
    store.close()


@pytest.fixture
def cli(db_path: Path, capsys, monkeypatch, tmp_path):
    """Run `platepay --json --db <tmp> ARGS…` in-process; returns (exit code, parsed JSON or None, stderr)."""
    monkeypatch.setenv("PLATEPAY_CONFIG", "")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))

    def run(*args: str):
        code = main(["--json", "--db", str(db_path), *args])
        captured = capsys.readouterr()
        lines = [line for line in captured.out.splitlines() if line.strip()]
        return code, (json.loads(lines[-1]) if lines else None), captured.err

    return run


@pytest.fixture
def cli_main(capsys, monkeypatch, tmp_path):
    """`platepay ARGS…` in-process with nothing set up: (exit code, stdout, stderr)."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))

    def run(*args: str):
        code = main(list(args))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


@pytest.fixture
def small_disk(tmp_path):
    """A tmpfs of 8 MiB of its own, to fill up or make read-only (mount(8) needs root)."""
    import subprocess

    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"a small tmpfs needs mount(8) as root: {done.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)
