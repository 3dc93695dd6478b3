"""A station manager closes a shift against the pumps' own counters, read over DART from the simulator."""

from __future__ import annotations

import uuid
from decimal import Decimal

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DatabaseError

from console import services
from console.reports import export
from console.reports.table import ReportFilter, Source, note_text
from console.shifts import reports
from console.shifts.service import (
    FillingOpen,
    ShiftRefusal,
    ShiftRefused,
    TotalsUnavailable,
    close_shift,
    current_shift,
    open_shift,
    refuse_open_fillings,
)
from console.shifts.totals import Unavailable
from console.store.models import Card, Filling, FillingStatus
from console.store.shift_models import ShiftStatus

from .conftest import CASHIER, MANAGER, TRUCK, UNKNOWN, VAN
from tests.console.lanes.conftest import wait_until


def lines(report, kind: str) -> dict:
    """The report's lines of one kind, keyed as a manager looks them up."""
    out = {}
    for r in report.records():
        if r["line"] != kind:
            continue
        key = {"nozzle": lambda: (r["lane"], r["nozzle"]), "grade": lambda: r["grade"]}.get(kind, lambda: r["what"])()
        out[key] = r
    return out


def station(world) -> Source:
    return Source(world.store.engine, station_id=world.config.station.id)


def test_a_shift_closed_against_the_pump_totals_shows_each_nozzle_and_grade_exactly(make_world):
    world = make_world()
    engine = world.start_engine()
    opened = open_shift(world.store, world.config, CASHIER, engine.read_totals())
    assert current_shift(world.store, "demo").id == opened.id

    truck = world.fill(1, TRUCK, nozzle=2, litres=Decimal("3"))  # 95#, charged to the driver's phone
    van = world.fill(2, VAN, nozzle=1, litres=Decimal("2"))  # 92#, the card only
    again = world.fill(1, TRUCK, nozzle=2, litres=Decimal("1.5"))
    walk_in = world.fill(2, UNKNOWN, nozzle=3, litres=Decimal("1"))  # 0#, let go by the cashier, no card

    closed = close_shift(world.store, world.config, MANAGER, engine.read_totals(), shift_id=opened.id)
    assert closed.status is ShiftStatus.CLOSED and current_shift(world.store, "demo") is None
    report = reports.shift(station(world), ReportFilter())  # the last closed one
    assert report.params["shift"] == str(opened.id)
    assert (report.params["opened_by"], report.params["closed_by"]) == ("cashier", "manager")

    nozzles = lines(report, "nozzle")
    assert len(nozzles) == 6  # two lanes of three grades, each read at both ends
    l1n2 = nozzles[(1, 2)]
    assert l1n2["fillings"] == 2 and l1n2["grade"] == "95#"
    assert l1n2["litres"] == truck.litres + again.litres and l1n2["amount_fen"] == truck.amount_fen + again.amount_fen
    # The pump counted exactly what the fillings say: no mismatch.
    assert (l1n2["totals_litres"], l1n2["totals_amount_fen"]) == (l1n2["litres"], l1n2["amount_fen"])
    assert (l1n2["mismatch_litres"], l1n2["mismatch_fen"]) == (Decimal("0.000"), 0)
    assert l1n2["totals_status"] == "read"
    assert nozzles[(2, 1)]["litres"] == van.litres and nozzles[(2, 3)]["amount_fen"] == walk_in.amount_fen
    assert nozzles[(1, 1)]["fillings"] == 0 and nozzles[(1, 1)]["totals_litres"] == Decimal("0.000")

    grades = lines(report, "grade")
    assert set(grades) == {"92#", "95#", "0#"}
    assert grades["95#"]["litres"] == truck.litres + again.litres
    assert grades["92#"]["amount_fen"] == van.amount_fen == grades["92#"]["totals_amount_fen"]

    tenders = lines(report, "tender")
    assert (tenders["phone"]["fillings"], tenders["phone"]["amount_fen"]) == (2, truck.amount_fen + again.amount_fen)
    assert (tenders["card"]["fillings"], tenders["card"]["amount_fen"]) == (1, van.amount_fen)
    assert (tenders["no_card"]["fillings"], tenders["no_card"]["amount_fen"]) == (1, walk_in.amount_fen)
    assert lines(report, "override")["cashier"]["fillings"] == 1  # the walk-in, let go by hand

    total = dict(zip([c.key for c in report.columns], report.totals))
    everything = [truck, van, again, walk_in]
    assert total["fillings"] == 4 == closed.fillings
    assert total["litres"] == sum(f.litres for f in everything) == closed.litres
    assert total["amount_fen"] == sum(f.amount_fen for f in everything) == closed.amount_fen
    assert total["mismatch_litres"] == Decimal("0.000") and not report.notes
    assert not any(isinstance(v, float) for row in report.rows for v in row)
    for fmt in ("csv", "json", "xlsx"):  # every exporter takes it as it is
        assert export.render(report, fmt)


def test_totals_that_disagree_with_the_fillings_show_the_mismatch_on_that_nozzle(make_world):
    world = make_world()
    engine = world.start_engine()
    open_shift(world.store, world.config, CASHIER, engine.read_totals())
    filling = world.fill(1, VAN, nozzle=1, litres=Decimal("2"))
    world.sim.skew_totals(0x50, 1, Decimal("0.5"))  # the pump's counter runs half a litre ahead

    close_shift(world.store, world.config, CASHIER, engine.read_totals())
    report = reports.shift(station(world), ReportFilter())
    l1n1 = lines(report, "nozzle")[(1, 1)]
    assert l1n1["litres"] == filling.litres
    assert l1n1["totals_litres"] == filling.litres + Decimal("0.500")
    assert (l1n1["mismatch_litres"], l1n1["mismatch_fen"]) == (Decimal("0.500"), 395)  # 0.5 L at ¥7.89, rounded up
    assert lines(report, "nozzle")[(2, 1)]["mismatch_litres"] == Decimal("0.000")  # the other pump agrees
    assert lines(report, "grade")["92#"]["mismatch_litres"] == Decimal("0.500")
    assert [note_text(n) for n in report.notes] == ["Lane 1 nozzle 1 (92#): the pump counted 0.500 L, ¥3.95 more than its fillings."]


def test_a_shift_cannot_close_while_a_filling_is_open(make_world):
    world = make_world()
    engine = world.start_engine()
    opened = open_shift(world.store, world.config, CASHIER, engine.read_totals())
    engine.submit_plate(1, VAN, 0.99)
    world.events.wait("authorised", lane=1)  # authorised, nozzle still hung up

    with pytest.raises(FillingOpen) as refused:
        refuse_open_fillings(world.store)
    assert refused.value.code is ShiftRefusal.FILLING_OPEN and refused.value.params["lanes"] == [1]
    with pytest.raises(FillingOpen):
        close_shift(world.store, world.config, CASHIER, engine.read_totals())
    assert current_shift(world.store, "demo").id == opened.id  # still open, nothing written

    world.sim.lift(0x50, 1)
    world.events.wait("filling_progress", lane=1)
    world.sim.hang_up(0x50)
    world.events.wait("settled", lane=1)
    engine.wait_idle()
    assert close_shift(world.store, world.config, CASHIER, engine.read_totals()).fillings == 1


def test_a_closed_shift_cannot_be_changed_in_the_database(make_world):
    world = make_world()
    engine = world.start_engine()
    open_shift(world.store, world.config, CASHIER, engine.read_totals())
    world.fill(1, VAN, nozzle=1)
    closed = close_shift(world.store, world.config, CASHIER, engine.read_totals())

    for statement in (
        "UPDATE shifts SET amount_fen = 1 WHERE id = :id",
        "DELETE FROM shifts WHERE id = :id",
        "UPDATE shift_lines SET litres = 0 WHERE shift_id = :id",
        "DELETE FROM shift_lines WHERE shift_id = :id",
        "INSERT INTO shift_lines (id, shift_id, station_id, kind, fillings, litres, amount_fen) "
        "VALUES ('00000000000000000000000000000001', :id, 'demo', 'grade', 1, 1000, 100)",
    ):
        with pytest.raises(DatabaseError, match="shift_closed"):
            with world.store.engine.begin() as connection:
                connection.execute(text(statement), {"id": closed.id.hex})
    report = reports.shift(station(world), ReportFilter(shift_id=closed.id))
    assert dict(zip([c.key for c in report.columns], report.totals))["amount_fen"] == closed.amount_fen


def test_a_pump_that_does_not_answer_is_refused_unless_its_nozzles_are_accepted_without_totals(make_world):
    world = make_world()
    engine = world.start_engine()
    world.sim.set_stall(0x51, True)  # lane 2's pump goes silent
    world.events.wait("pump", lane=2, online=False)
    readings = engine.read_totals()
    silent = {r.key for r in readings if not r.available}
    assert silent == {(2, 1), (2, 2), (2, 3)}
    assert {r.unavailable for r in readings if not r.available} == {Unavailable.PUMP_OFFLINE}
    assert all(r.volume is None and r.amount_fen is None for r in readings if not r.available)  # never a zero

    with pytest.raises(TotalsUnavailable) as refused:
        open_shift(world.store, world.config, CASHIER, readings)
    assert refused.value.code is ShiftRefusal.TOTALS_UNAVAILABLE
    assert [(n["lane"], n["nozzle"], n["pump"]) for n in refused.value.params["nozzles"]] == [(2, 1, "0x51"), (2, 2, "0x51"), (2, 3, "0x51")]
    with pytest.raises(TotalsUnavailable):  # accepting one nozzle is not accepting the pump
        open_shift(world.store, world.config, CASHIER, readings, accept_unavailable={(2, 1)})
    open_shift(world.store, world.config, CASHIER, readings, accept_unavailable=silent)

    world.sim.set_stall(0x51, False)
    wait_until(lambda: engine.bus("bus1").state(0x51).online)
    world.fill(1, VAN, nozzle=1)
    close_shift(world.store, world.config, CASHIER, engine.read_totals())
    report = reports.shift(station(world), ReportFilter())
    nozzles = lines(report, "nozzle")
    assert nozzles[(2, 1)]["totals_status"] == "unavailable_at_open"
    assert nozzles[(2, 1)]["totals_litres"] is None and nozzles[(2, 1)]["mismatch_litres"] is None
    assert nozzles[(1, 1)]["totals_status"] == "read"
    assert report.totals[-1] == "3 unchecked"
    assert "Lane 2 nozzle 1 (92#): totals unavailable at open (pump_offline); its 0 filling(s) are not checked against the pump." in [note_text(n) for n in report.notes]


def test_a_second_shift_cannot_open_over_an_open_one(make_world):
    world = make_world()
    engine = world.start_engine()
    first = open_shift(world.store, world.config, CASHIER, engine.read_totals())
    with pytest.raises(ShiftRefused) as refused:
        open_shift(world.store, world.config, MANAGER, engine.read_totals())
    assert refused.value.code is ShiftRefusal.SHIFT_ALREADY_OPEN and refused.value.params["shift"] == str(first.id)


def test_an_open_shift_shows_its_fillings_so_far(make_world):
    world = make_world()
    engine = world.start_engine()
    opened = open_shift(world.store, world.config, CASHIER, engine.read_totals())
    filling = world.fill(1, VAN, nozzle=1)
    report = reports.shift(station(world), ReportFilter(shift_id=opened.id))
    l1n1 = lines(report, "nozzle")[(1, 1)]
    assert (l1n1["litres"], l1n1["totals_status"], l1n1["totals_litres"]) == (filling.litres, "not_yet_read", None)
    assert report.params["status"] == "open" and note_text(report.notes[0]).startswith("The shift is open")


def test_a_filling_its_pump_forgot_holds_the_close_until_a_manager_settles_it_by_hand(make_world):
    world = make_world()
    engine = world.start_engine()
    open_shift(world.store, world.config, CASHIER, engine.read_totals())
    with world.store.write() as session:  # as a pump that lost its memory mid-filling leaves it
        card = session.scalar(select(Card).where(Card.card_no == "8000000000000042"))
        forgotten = Filling(id=uuid.uuid4(), lane=1, pump_address=0x50, nozzle=1, plate=VAN, card_id=card.id, preset_fen=20_000,
                            status=FillingStatus.NEEDS_SETTLEMENT, station_id="demo")
        session.add(forgotten)
    with pytest.raises(FillingOpen):
        close_shift(world.store, world.config, CASHIER, engine.read_totals())

    world.sim.skew_totals(0x50, 1, Decimal("2"))  # what the pump delivered, on its counters
    services.settle_by_hand(world.store, world.config, services.Actor("manager", "demo"), forgotten.id, Decimal("2.000"), 1578,
                            "read from the pump display")
    close_shift(world.store, world.config, CASHIER, engine.read_totals())
    report = reports.shift(station(world), ReportFilter())
    assert (lines(report, "tender")["manual"]["fillings"], lines(report, "tender")["manual"]["amount_fen"]) == (1, 1578)
    l1n1 = lines(report, "nozzle")[(1, 1)]
    assert (l1n1["litres"], l1n1["totals_litres"], l1n1["mismatch_litres"], l1n1["mismatch_fen"]) == (
        Decimal("2.000"), Decimal("2.000"), Decimal("0.000"), 0)
