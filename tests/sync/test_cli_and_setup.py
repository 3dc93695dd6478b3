"""Setting up central from the command line, offline edits going up, and the server the tests stand on."""

from __future__ import annotations

import json
import os

import psycopg
import pytest
from sqlalchemy import inspect, select, text
from sqlalchemy.engine import make_url

from console import config, sync
from console.central import db as central_db
from console.central.db import CentralError
from console.central import masterdata, stations
from console.cli import main
from console.domain import accounts
from console.store.migrate import current_revision, downgrade, open_and_upgrade, upgrade
from console.store.models import Account, Card
from console.store.sync_models import OutboxItem
from console.sync.credentials import central_url
from tests.sync.pg import ThrowawayCluster


@pytest.fixture
def cli(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PLATEPAY_CONFIG", "")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))

    def run(*args: str):
        code = main(["--json", "--db", str(tmp_path / "station.sqlite3"), *args])
        captured = capsys.readouterr()
        lines = [line for line in captured.out.splitlines() if line.strip()]
        return code, (json.loads(lines[-1]) if lines else None), captured.out + captured.err

    return run


def test_central_is_set_up_and_a_station_synced_from_the_command_line(central, cli):
    # Trust authentication ignores the password, so a made-up admin one shows it is never printed.
    admin_url = make_url(central.url).set(password="admin-secret-xyz").render_as_string(hide_password=False)
    code, result, output = cli("central", "init", "--url", admin_url)
    assert code == 0 and result["revision"] == central_db.head_revision()
    code, result, output = cli("central", "add-station", "demo", "--url", admin_url)
    assert code == 0 and result["role"] == "platepay_station_demo"
    assert "admin-secret-xyz" not in output
    station_url, password = result["url"], result["password"]
    assert make_url(station_url).password == password and len(password) >= 24

    central.card("5001", top_up_fen=12_300)
    code, result, output = cli("sync", "--once", "--central", station_url)
    assert code == 0 and result["pulled"] > 0 and result["pending"] == 0
    assert password not in output
    code, result, _ = cli("cards", "show", "5001")
    assert result["balance_fen"] == 12_300

    code, _, output = cli("sync", "--once", "--central", make_url(station_url).set(port=1).render_as_string(hide_password=False))
    assert code == 1 and password not in output and "***" in output
    code, result, _ = cli("sync", "--status")
    assert code == 0 and result["online"] is False and password not in result["last_error"]


def test_an_offline_edit_goes_up_as_a_change_request_and_central_wins_a_conflict(central, make_station):
    card_id = central.card("5002")
    station = make_station()
    station.sync()
    with station.store.write() as session:  # made at the station while offline
        account = accounts.add_account(session, "新车队")
        new_card = accounts.issue_card(session, account, "5003")
        accounts.bind_vehicle(session, "粤B00001", new_card)
        session.get(Card, card_id).account.name = "station's name"
    with central.engine.begin() as c:  # meanwhile central renamed the same account
        c.execute(text("UPDATE accounts SET name = 'central''s name' WHERE id = (SELECT account_id FROM cards WHERE id = :c)"), {"c": card_id})

    station.sync()
    station.sync()

    outcome = dict(central.engine.connect().execute(text("SELECT entity, status FROM change_requests WHERE entity <> 'accounts' OR status <> 'applied'")).all())
    assert outcome == {"cards": "applied", "vehicles": "applied", "accounts": "superseded"}
    assert central.scalar("SELECT plate FROM vehicles WHERE card_id = :c", c=new_card.id) == "粤B00001"
    with station.store.read() as session:
        assert session.get(Card, card_id).account.name == "central's name"  # central wins, and says so
        assert session.get(Account, account.id).name == "新车队"
        assert session.scalar(select(OutboxItem)) is None


def test_the_station_migration_goes_up_and_down(tmp_path):
    store, _ = open_and_upgrade(tmp_path / "s.sqlite3")
    assert "sync_outbox" in inspect(store.engine).get_table_names()
    downgrade(store.engine, "0002")
    assert "sync_outbox" not in inspect(store.engine).get_table_names()
    upgrade(store.engine)
    assert current_revision(store.engine) is not None and "sync_state" in inspect(store.engine).get_table_names()
    store.close()


# PostgreSQL runs only as an unprivileged user, who must be able to reach its
# binaries: a chroot whose root folder is private to root (mode 0700, as a
# `mktemp -d` root is) cannot run any cluster at all.  No real machine is so.
_ROOT_PRIVATE = not os.stat("/").st_mode & 0o001


@pytest.mark.skipif(_ROOT_PRIVATE, reason="the root folder is mode 0700: no unprivileged user can run PostgreSQL here")
def test_a_throwaway_cluster_runs_central_when_no_server_is_there():
    cluster = ThrowawayCluster().start()
    try:
        with psycopg.connect(host="127.0.0.1", port=cluster.port, user="postgres", dbname="postgres", autocommit=True) as conn:
            conn.execute("CREATE DATABASE central")
        engine = central_db.create_central_engine(make_url(cluster.url).set(database="central"))
        assert central_db.init(engine) == (None, central_db.head_revision())
        creds = stations.add_station(engine, "lone")
        with central_db.create_central_engine(creds.url).connect() as station:
            assert station.execute(text("SELECT platepay_station_id()")).scalar() == "lone"
        with engine.begin() as c:
            masterdata.add_account(c, "x")
        engine.dispose()
    finally:
        cluster.stop()
    assert not cluster.dir.exists()


def test_the_central_url_comes_from_the_option_first_then_the_configuration():
    configured = config.from_dict({"central": {"url": "postgresql://platepay_station_a@db.example.com/platepay"}})
    assert central_url(configured, "postgresql://other:pw@h/db").username == "other"
    url = central_url(configured)
    assert (url.drivername, url.host, url.username) == ("postgresql+psycopg", "db.example.com", "platepay_station_a")
    assert sync.engine_for(None, config.Config()) is None  # no central configured: no sync engine
    with pytest.raises(CentralError, match=r"\[central\] url"):
        central_url(config.Config())
    with pytest.raises(config.ConfigError, match="postgresql://"):
        config.from_dict({"central": {"url": "mysql://x@h/db"}})


@pytest.mark.parametrize("url", ["postgresql://station_7:secretpw@db:notaport/platepay", "postgresql://station_7:secretpw@[::1/platepay"])
def test_a_malformed_central_url_on_the_command_line_is_one_line_without_its_password(cli, url):
    code, _, err = cli("sync", "--once", "--central", url)
    assert code == 1 and "secretpw" not in err and "Traceback" not in err and "not a database URL" in err
