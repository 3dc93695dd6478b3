"""The world of a shift test: the lane engine over the DART simulator on a pty (tests/console/lanes),
and for head office the real PostgreSQL of the sync tests (tests/sync)."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Callable

import pytest

from console.lanes.commands import OperatorRef
from console.services import Actor
from sqlalchemy import select

from console.store.models import Card, Filling, Role
from tests.console.lanes.conftest import World, wait_until
from tests.sync.conftest import central, pg_server  # noqa: F401  (fixtures of the central database)

CASHIER = Actor("cashier", "demo", Role.CASHIER)
MANAGER = Actor("manager", "demo", Role.MANAGER)
TRUCK = "京A12345"  # three drivers' phones on duty around the clock: a phone charge
VAN = "苏E5678Q"  # a card whose account's phone is taken away (ShiftWorld): a card debit, no phone
UNKNOWN = "浙A88888"  # registered nowhere: amber, let go by a cashier without a card


class ShiftWorld(World):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        with self.store.write() as session:  # the van's account has no phone: its fillings charge none
            card = session.scalar(select(Card).where(Card.card_no == "8000000000000042"))
            card.account.phone = None

    def fill(self, lane: int, plate: str, nozzle: int, litres: Decimal = Decimal("1")) -> Filling:
        """One whole filling at the lane: plate read, pump authorised (by a cashier for an unknown
        plate), nozzle lifted, at least `litres` delivered, hung up, settled."""
        engine, events = self.engine, self.events
        decided = len(events.of("decision", lane=lane))
        authorised = len(events.of("authorised", lane=lane))
        engine.submit_plate(lane, plate, 0.99)
        events.wait("decision", lane=lane, count=decided + 1)
        if plate == UNKNOWN:
            engine.cashier_authorise(lane, OperatorRef(CASHIER.operator, Role.CASHIER), "the driver pays at the till")
        filling_id = events.wait("authorised", lane=lane, count=authorised + 1).filling_id
        address = 0x4F + lane
        self.sim.lift(address, nozzle)

        def delivered() -> bool:
            with self.sim.pump(address) as p:
                return p.decimals.litres(p.volume) >= litres
        wait_until(delivered)
        self.sim.hang_up(address)
        events.wait("settled", lane=lane, filling_id=filling_id)
        engine.wait_idle()
        with self.store.read() as session:
            return session.get(Filling, uuid.UUID(filling_id))


@pytest.fixture
def make_world(tmp_path) -> Callable[..., ShiftWorld]:
    worlds: list[ShiftWorld] = []

    def make(**kwargs) -> ShiftWorld:
        world = ShiftWorld(tmp_path, **kwargs)
        worlds.append(world)
        return world

    yield make
    for world in worlds:
        world.close()
