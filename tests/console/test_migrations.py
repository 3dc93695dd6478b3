"""The console upgrades its database itself, keeps a copy first, and refuses damaged files."""

import sqlite3
import uuid

import pytest
from sqlalchemy import inspect, text

from console.store.db import StoreError, create_store_engine
from console.store.migrate import current_revision, downgrade, head_revision, open_and_upgrade, upgrade


def test_upgrade_from_empty_creates_every_table(db_path):
    store, backup = open_and_upgrade(db_path)
    assert backup is None  # nothing to save yet
    tables = set(inspect(store.engine).get_table_names())
    assert {"accounts", "cards", "ledger_entries", "vehicles", "phone_bindings", "fillings", "operators", "audit_log"} <= tables
    assert current_revision(store.engine) == head_revision()
    store.close()


def test_upgrade_from_the_previous_revision_keeps_data_and_backs_up(db_path):
    engine = create_store_engine(db_path)
    upgrade(engine, "0001")
    account_id = uuid.uuid4().hex
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO accounts (id, name, created_at) VALUES (:id, '老客户', '2026-01-01 00:00:00')"), {"id": account_id})
    engine.dispose()

    store, backup = open_and_upgrade(db_path)
    assert current_revision(store.engine) == head_revision()
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT name FROM accounts")).scalar_one() == "老客户"
    assert backup is not None and backup.exists()
    with sqlite3.connect(backup) as copy:  # the copy is the database as it was before
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert copy.execute("SELECT name FROM accounts").fetchone() == ("老客户",)
    store.close()


def test_no_backup_when_nothing_is_due(db_path):
    store, _ = open_and_upgrade(db_path)
    store.close()
    store, backup = open_and_upgrade(db_path)
    assert backup is None
    store.close()


def test_downgrade_and_upgrade_again(db_path):
    store, _ = open_and_upgrade(db_path)
    downgrade(store.engine, "0001")
    assert "operators" not in inspect(store.engine).get_table_names()
    upgrade(store.engine)
    assert "operators" in inspect(store.engine).get_table_names()
    store.close()


def test_a_file_that_is_not_a_database_is_refused_untouched(db_path):
    db_path.write_bytes(b"this is a spreadsheet, not a database" * 100)
    before = db_path.read_bytes()
    with pytest.raises(StoreError, match="not a PlatePay database"):
        open_and_upgrade(db_path)
    assert db_path.read_bytes() == before


def test_a_damaged_database_is_refused(db_path):
    store, _ = open_and_upgrade(db_path)
    with store.write() as session:
        for n in range(300):
            session.execute(text("INSERT INTO accounts (id, name, created_at) VALUES (:id, :name, '2026-01-01')"), {"id": uuid.uuid4().hex, "name": "x" * 200 + str(n)})
    store.close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db_path.read_bytes())
    data[4096 * 2 : 4096 * 2 + 2000] = b"\xff" * 2000  # scribble over a page in the middle
    db_path.write_bytes(bytes(data))
    with pytest.raises(StoreError):
        open_and_upgrade(db_path)
