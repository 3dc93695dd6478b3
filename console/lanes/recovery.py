"""Finishing, after a restart, the fillings a crash or power cut left open.

The database says which fillings were open; each pump's own memory says what
happened to them meanwhile.  A filling is settled with the pump's figures,
resumed if it is still running, or cancelled if fuel never flowed — exactly
once, because settling an already settled filling changes nothing.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from sqlalchemy import select

from console.lanes import events as ev
from console.lanes.states import Event, State
from console.store.models import OPEN_FILLING_STATUSES, Filling, FillingStatus
from console.timeutil import utc_now
from drivers.pumps.types import PumpError, PumpStatus

if TYPE_CHECKING:
    from console.lanes.engine import LaneEngine

log = logging.getLogger(__name__)


def recover_open_fillings(engine: LaneEngine) -> int:
    with engine.store.read() as session:
        open_fillings = session.scalars(
            select(Filling)
            .where(Filling.status.in_(OPEN_FILLING_STATUSES), Filling.station_id == engine.station_id)
            .order_by(Filling.created_at)
        ).all()
    for filling in open_fillings:
        lane = engine.lanes.get(filling.lane)
        if lane is None or lane.pump_address != filling.pump_address:
            _cancel(engine, filling, "its lane is no longer configured")
            continue
        try:
            _recover(engine, lane, filling)
        except PumpError as exc:
            # The pump keeps its figures; the lane waits in FILLING for it to answer again.
            lane.restore(State.FILLING, filling)
            engine.publish(ev.ErrorEvent(lane=lane.id, message=f"recovering filling {filling.id}: pump not answering ({exc})", code="recovery"))
    return len(open_fillings)


def _recover(engine: LaneEngine, lane, filling: Filling) -> None:
    bus = engine.bus(lane.bus_name)
    state = bus.state(lane.pump_address)
    status = state.status
    if status is not None and status.finished:
        lane.restore(State.FILLING, filling)
        lane.post(Event.PUMP_FINISHED, info=bus.filling_info(lane.pump_address), recovered=True)
    elif status is PumpStatus.FILLING or status is PumpStatus.SUSPENDED:
        lane.restore(State.FILLING, filling)
    elif status is PumpStatus.AUTHORISED:
        lane.restore(State.AUTHORISED, filling)
    elif filling.status is FillingStatus.RESERVED:
        _cancel(engine, filling, "the pump was never authorised")
    elif not state.online:
        lane.restore(State.FILLING, filling)
        engine.publish(ev.ErrorEvent(lane=lane.id, message=f"filling {filling.id}: pump offline; waiting for its figures", code="recovery"))
    else:
        # The pump is idle again: its memory holds the last filling, which is ours
        # (nothing else could authorise it while the filling was open).
        info = bus.filling_info(lane.pump_address)
        lane.restore(State.FILLING, filling)
        lane.post(Event.PUMP_FINISHED, info=info, recovered=True)


def _cancel(engine: LaneEngine, filling: Filling, why: str) -> None:
    with engine.store.write() as session:
        row = session.get(Filling, filling.id)
        row.status, row.ended_at = FillingStatus.CANCELLED, utc_now()
    engine.publish(ev.Cancelled(lane=filling.lane, filling_id=str(filling.id), reason=why))
