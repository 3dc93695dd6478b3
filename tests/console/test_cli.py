"""The admin CLI: one JSON object per result, clear errors, and nothing written on an error."""

import sqlite3

import pytest

from console.store.migrate import head_revision


def dump(db_path) -> list[str]:
    with sqlite3.connect(db_path) as conn:
        return list(conn.iterdump())


@pytest.fixture
def card(cli):
    code, account, _ = cli("accounts", "add", "顺达物流", "--phone", "138 0000 0001")
    assert code == 0
    code, card, _ = cli("cards", "issue", account["id"], "--card-no", "8000000000000018")
    assert code == 0
    return card["card_no"]


def test_an_account_gets_a_card_a_plate_and_phones(cli, card):
    assert cli("cards", "topup", card, "500")[1]["balance_fen"] == 50_000
    assert cli("cards", "topup", card, "0.50")[1]["balance_fen"] == 50_050
    assert cli("vehicles", "bind", "京a·12345", card)[1]["plate"] == "京A12345"
    assert cli("phones", "bind", "京A12345", "13900000001", "--slot", "08:00-16:00", "--driver", "李")[1]["phone"] == "+8613900000001"
    code, who, _ = cli("phones", "who", "京A12345", "--at", "2026-11-23T09:30")
    assert (code, who["phone"], who["driver"], who["source"]) == (0, "+8613900000001", "李", "slot")
    code, who, _ = cli("phones", "who", "京A12345", "--at", "2026-11-23T20:00+08:00")
    assert (who["phone"], who["source"]) == ("+8613800000001", "account")
    shown = cli("cards", "show", card)[1]
    assert (shown["balance_fen"], shown["available_fen"], shown["plates"]) == (50_050, 50_050, ["京A12345"])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("cards", "topup", "8000000000000018", "12.345"), "more than two decimals"),
        (("cards", "topup", "8000000000000018", "-5"), "negative"),
        (("cards", "topup", "8000000000000018", "abc"), "not an amount"),
        (("cards", "topup", "404", "10"), "no card"),
        (("vehicles", "bind", "京I12345", "8000000000000018"), "letter"),
        (("phones", "bind", "京B00001", "13900000001", "--slot", "08:00-16:00"), "not registered"),
        (("phones", "who", "京A12345", "--at", "yesterday"), "ISO time"),
        (("accounts", "add", "  "), "needs a name"),
        (("accounts", "add", "X", "--phone", "12"), "phone"),
        (("cards", "issue", "nobody"), "no account"),
        (("cards", "issue", "顺达物流", "--card-no", "8000000000000018"), "already exists"),
    ],
)
def test_bad_input_is_refused_clearly_and_changes_nothing(cli, card, db_path, args, message):
    cli("vehicles", "bind", "京A12345", card)
    before = dump(db_path)
    code, result, err = cli(*args)
    assert code == 1
    assert message in result["error"] and message in err
    assert dump(db_path) == before


def test_overlapping_phone_slot_is_refused(cli, card, db_path):
    cli("vehicles", "bind", "京A12345", card)
    assert cli("phones", "bind", "京A12345", "13900000001", "--slot", "22:00-06:00")[0] == 0
    before = dump(db_path)
    code, result, _ = cli("phones", "bind", "京A12345", "13900000002", "--slot", "05:00-07:00")
    assert code == 1 and "overlaps" in result["error"]
    assert dump(db_path) == before


def test_demo_seed_is_idempotent(cli):
    first = cli("demo", "seed")[1]
    assert first["vehicles"] == 4 and first["phones"] == 5
    assert cli("demo", "seed")[1] == {"accounts": 0, "cards": 0, "vehicles": 0, "phones": 0, "operators": 0}
    assert cli("cards", "show", "8000000000000018")[1]["balance_fen"] == 500_000


def test_db_upgrade_reports_the_revision(cli):
    code, result, _ = cli("db", "upgrade")
    assert code == 0 and result["revision"] == head_revision()


def test_module_entry_point_is_the_same_command(db_path):
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "console", "--json", "--db", str(db_path), "db", "status"],
        capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert f'"revision":"{head_revision()}"' in done.stdout


@pytest.mark.parametrize("typed", ["12,34", "1e3", "1_000", "99999999999999", "1e20"])
def test_a_top_up_typed_wrongly_credits_nothing(cli, typed):
    cli("accounts", "add", "顺达物流")
    card = cli("cards", "issue", "顺达物流")[1]["card_no"]
    code, _, err = cli("cards", "topup", card, typed)
    assert code == 1 and "Traceback" not in err
    assert cli("cards", "show", card)[1]["balance_fen"] == 0


def test_top_ups_respect_the_stations_limits(cli, tmp_path, monkeypatch):
    config = tmp_path / "limits.toml"
    config.write_text('[rules]\ntop_up_max = "1000"\ntop_up_day_max = "1500"\n', encoding="utf-8")
    monkeypatch.setenv("PLATEPAY_CONFIG", str(config))
    cli("accounts", "add", "顺达物流")
    card = cli("cards", "issue", "顺达物流")[1]["card_no"]
    code, _, err = cli("cards", "topup", card, "1000.01")
    assert code == 1 and "at most 1000.00" in err
    assert cli("cards", "topup", card, "1000")[0] == 0
    code, _, err = cli("cards", "topup", card, "600")
    assert code == 1 and "1000.00 in the last 24 hours" in err
    assert cli("cards", "show", card)[1]["balance_fen"] == 100_000


def test_a_typed_plate_with_a_letter_never_issued_is_refused_not_repaired(cli):
    cli("accounts", "add", "顺达物流")
    cli("accounts", "add", "另一家")
    first = cli("cards", "issue", "顺达物流")[1]["card_no"]
    other = cli("cards", "issue", "另一家")[1]["card_no"]
    assert cli("vehicles", "bind", "京A12345", first)[0] == 0
    code, _, err = cli("vehicles", "bind", "京AI2345", other)
    assert code == 1 and "never carry the letters I or O" in err
    assert cli("cards", "show", first)[1]["plates"] == ["京A12345"]


def test_a_bound_plate_moves_only_with_move_and_the_move_is_audited(cli, db_path):
    from sqlalchemy import select

    from console.store.migrate import open_and_upgrade
    from console.store.models import AuditEntry

    cli("accounts", "add", "顺达物流")
    cli("accounts", "add", "另一家")
    first = cli("cards", "issue", "顺达物流")[1]["card_no"]
    other = cli("cards", "issue", "另一家")[1]["card_no"]
    cli("vehicles", "bind", "京A12345", first)
    code, _, err = cli("vehicles", "bind", "京A12345", other)
    assert code == 1 and f"already bound to card {first}" in err and "--move" in err
    assert cli("cards", "show", first)[1]["plates"] == ["京A12345"]
    assert cli("vehicles", "bind", "京A12345", other, "--move", "--reason", "sold to 另一家")[0] == 0
    assert cli("cards", "show", other)[1]["plates"] == ["京A12345"] and cli("cards", "show", first)[1]["plates"] == []
    store, _ = open_and_upgrade(db_path)
    with store.read() as session:
        (move,) = session.scalars(select(AuditEntry).where(AuditEntry.action == "vehicle.move")).all()
    store.close()
    assert move.details == {"from_card": first, "to_card": other} and move.reason == "sold to 另一家"


def test_an_account_name_longer_than_central_allows_is_refused_at_the_station(cli):
    code, _, err = cli("accounts", "add", "物" * 121)
    assert code == 1 and "account name is 121 characters long: at most 120" in err
    assert cli("accounts", "add", "物" * 120)[0] == 0
