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
