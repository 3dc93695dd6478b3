"""Products and prices, as a station manager meets them: DART pumps on a pty, the station's
configuration file, its database and audit log."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from console import config as config_module
from console.lanes.commands import OperatorRef
from console.lanes.engine import LaneEngine
from console.lanes.states import State
from console.products import PriceChangeRefused, PriceRefusal, change_price, list_products
from console.runtime import Runtime
from console.store.models import AuditEntry, Role
from drivers.pumps.types import PumpStatus
from tests.console.lanes.conftest import World, wait_until

MANAGER = OperatorRef("manager", Role.MANAGER)
CASHIER = OperatorRef("cashier", Role.CASHIER)

STATION_FILE = """\
[station]
grades = ["92#", "95#", "0#"]
prices = ["7.89", "8.45", "7.12"]

[[buses]]
name = "bus1"
port = "{port}"

[[lanes]]
id = 1
name = "1"
bus = "bus1"
pump_address = 0x50

[[lanes]]
id = 2
name = "2"
bus = "bus1"
pump_address = 0x51
"""


@pytest.fixture
def make_world(tmp_path):
    worlds: list[World] = []

    def make(lanes: int) -> World:
        worlds.append(World(tmp_path, lanes=lanes))
        return worlds[-1]

    yield make
    for world in worlds:
        world.close()


@pytest.fixture
def station(make_world, tmp_path):
    """Two lanes whose configuration comes from the station's file, as `platepay run` reads it."""
    world = make_world(lanes=2)
    path = tmp_path / "platepay.toml"
    path.write_text(STATION_FILE.format(port=world.sim.port), encoding="utf-8")
    world.config = config_module.load(path)
    world.start_engine()
    return world


def held(world, address: int) -> tuple[Decimal, ...] | None:
    return world.engine.bus("bus1").read_prices(address)


def price_audits(world) -> list[AuditEntry]:
    with world.store.read() as session:
        rows = session.scalars(select(AuditEntry).where(AuditEntry.action == "price.change").order_by(AuditEntry.at))
        return [row for row in rows]


def configured_prices(path: Path) -> tuple[str, ...]:
    return config_module.load(path).station.prices


def test_every_pump_lists_its_nozzles_grades_and_both_prices(station):
    listed = list_products(station.engine)
    assert [(p.lane, p.address, p.online) for p in listed] == [(1, 0x50, True), (2, 0x51, True)]
    nozzles = listed[0].nozzles
    assert [(n.nozzle, n.grade) for n in nozzles] == [(1, "92#"), (2, "95#"), (3, "0#")]
    assert [n.pump_price for n in nozzles] == [Decimal("7.89"), Decimal("8.45"), Decimal("7.12")]
    assert [n.configured_fen for n in nozzles] == [789, 845, 712]


def test_a_managers_price_reaches_every_pump_is_audited_and_survives_a_restart(station):
    path = station.config.source
    change = change_price(station.engine, MANAGER, 2, "8.60", "price rise from head office")

    assert (change.grade, change.old_fen, change.new_fen, change.lanes, change.saved_to) == ("95#", 845, 860, (1, 2), path)
    for address in (0x50, 0x51):
        assert held(station, address) == (Decimal("7.89"), Decimal("8.60"), Decimal("7.12"))
    assert configured_prices(path) == ("7.89", "8.60", "7.12")
    [entry] = price_audits(station)
    assert (entry.operator, entry.subject, entry.reason) == ("manager", "nozzle 2 95#", "price rise from head office")
    assert entry.details["old"] == "8.45" and entry.details["new"] == "8.60" and entry.details["accepted"] is True
    assert entry.details["lanes"] == [1, 2]

    # A restart in which the pumps lost their memory: the console gives them the price the manager set.
    station.engine.shutdown()
    for address in (0x50, 0x51):
        with station.sim.pump(address) as sim_pump:
            sim_pump.status, sim_pump.prices = PumpStatus.NOT_PROGRAMMED, [0, 0, 0]
    restarted = config_module.load(path)
    station.engine = LaneEngine(restarted, station.store, Runtime(restarted, station.store)._pump_buses())
    station.engine.start()
    wait_until(lambda: all(station.engine.bus("bus1").state(a).status is PumpStatus.FILLING_COMPLETED for a in (0x50, 0x51)))
    listed = list_products(station.engine)
    assert {(n.pump_price, n.configured_fen) for p in listed for n in p.nozzles if n.nozzle == 2} == {(Decimal("8.60"), 860)}


def test_a_cashier_is_refused_and_nothing_changes(station):
    with pytest.raises(PriceChangeRefused) as refused:
        change_price(station.engine, CASHIER, 1, "6.50", "cheaper")
    assert refused.value.code is PriceRefusal.NEEDS_MANAGER
    assert held(station, 0x50)[0] == Decimal("7.89")
    assert configured_prices(station.config.source)[0] == "7.89"
    [entry] = price_audits(station)
    assert entry.operator == "cashier" and entry.details == {"accepted": False, "refusal": "needs_manager"}


def test_a_pump_mid_filling_refuses_and_no_pump_changes(station):
    with station.sim.pump(0x51) as sim_pump:
        sim_pump.flow_lps = Decimal("0.2")  # a filling long enough to try a price change under it
    station.engine.submit_plate(2, "京A12345", 0.99)
    wait_until(lambda: station.engine.lanes[2].view.state is State.AUTHORISED)
    station.sim.lift(0x51)
    wait_until(lambda: station.engine.lanes[2].view.state is State.FILLING)

    with pytest.raises(PriceChangeRefused) as refused:
        change_price(station.engine, MANAGER, 1, "7.99", "price rise")
    assert refused.value.code is PriceRefusal.PUMP_BUSY and refused.value.params == {"lanes": [2]}
    assert held(station, 0x50) == held(station, 0x51) == (Decimal("7.89"), Decimal("8.45"), Decimal("7.12"))
    assert configured_prices(station.config.source) == ("7.89", "8.45", "7.12")
    [entry] = price_audits(station)
    assert entry.details == {"accepted": False, "refusal": "pump_busy", "lanes": [2]}


@pytest.mark.parametrize("typed", ["7.891", "-1", "0", "abc", "7,89", ""])
def test_a_price_that_is_not_one_is_refused_saying_what_was_typed(station, typed):
    with pytest.raises(PriceChangeRefused) as refused:
        change_price(station.engine, MANAGER, 1, typed, "typo")
    assert refused.value.code is PriceRefusal.BAD_PRICE and refused.value.params == {"price": typed}
    assert held(station, 0x50)[0] == Decimal("7.89")


def test_a_change_needs_a_reason(station):
    with pytest.raises(PriceChangeRefused) as refused:
        change_price(station.engine, MANAGER, 1, "7.99", "  ")
    assert refused.value.code is PriceRefusal.NO_REASON


def test_the_embedded_demo_changes_its_pumps_but_writes_no_file(make_world, tmp_path):
    world = make_world(lanes=1)  # no configuration file, no configured prices: the pumps' own are the list
    world.start_engine()
    change = change_price(world.engine, MANAGER, 3, "7.30", "diesel up", config_path=tmp_path / "platepay.toml")
    assert change.saved_to is None and change.old_fen == 712
    assert held(world, 0x50) == (Decimal("7.89"), Decimal("8.45"), Decimal("7.30"))
    assert not (tmp_path / "platepay.toml").exists()
    [listed] = list_products(world.engine)
    assert [n.configured_fen for n in listed.nozzles] == [None, None, None]
