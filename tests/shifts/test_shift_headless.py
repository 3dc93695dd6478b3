"""The headless console keeps the shift through its JSON commands, reading the totals through its own running bus."""

from __future__ import annotations

import json
from decimal import Decimal

from console.headless_commands import HeadlessCommands
from console.shifts.service import current_shift

from .conftest import VAN


def test_a_headless_console_opens_and_closes_the_shift_and_says_why_it_refuses(make_world):
    world = make_world()
    engine = world.start_engine()
    commands = HeadlessCommands(engine, world.store, world.events)

    def send(**request) -> dict:
        before = len(world.events.of("command_result"))
        commands.handle_line(json.dumps(request, ensure_ascii=False))
        return world.events.wait("command_result", count=before + 1)

    assert send(cmd="login", operator="cashier", password="cashier1").accepted
    opened = send(cmd="shift_open", operator="cashier")
    assert opened.accepted and opened.params["without_totals"] == []
    engine.submit_plate(1, VAN, 0.99)
    world.events.wait("authorised", lane=1)
    refused = send(cmd="shift_close", operator="cashier", shift=opened.params["shift"])
    assert (refused.accepted, refused.code, refused.params["lanes"]) == (False, "filling_open", [1])

    world.sim.lift(0x50, 1)
    world.events.wait("filling_progress", lane=1)
    world.sim.hang_up(0x50)
    settled = world.events.wait("settled", lane=1)
    engine.wait_idle()
    closed = send(cmd="shift_close", operator="cashier", shift=opened.params["shift"])
    assert closed.accepted and (closed.params["status"], closed.params["fillings"]) == ("closed", 1)
    assert closed.params["amount_fen"] == settled.amount_fen and Decimal(closed.params["litres"]) > 0
    assert current_shift(world.store, "demo") is None
