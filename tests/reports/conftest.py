from __future__ import annotations

from pathlib import Path

import pytest

from console.store.migrate import open_and_upgrade


@pytest.fixture
def store(tmp_path: Path):
    """A real, migrated station database."""
    store, _ = open_and_upgrade(tmp_path / "station.sqlite3")
    yield store
    store.close()


@pytest.fixture
def platepay(tmp_path: Path, capsysbinary, monkeypatch):
    """`platepay --db <tmp> ARGS…` in-process over a real station database: (exit code, stdout bytes, stderr text).

    The fleet builders are the samples' until console.fleet.reports lands: same contract, same registry.
    """
    from console.cli import main
    from console.reports import registry

    monkeypatch.setenv("PLATEPAY_CONFIG", "")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setitem(registry.BUILDERS, "vehicles", "tests.reports.samples:vehicles")
    monkeypatch.setitem(registry.BUILDERS, "exceptions", "tests.reports.samples:exceptions")
    monkeypatch.setitem(registry.BUILDERS, "shift", "tests.reports.not_written_yet:shift")

    def run(*args: str):
        code = main(["--db", str(tmp_path / "station.sqlite3"), *args])
        captured = capsysbinary.readouterr()
        return code, captured.out, captured.err.decode()

    return run
