"""Finishing, after a restart, the fillings a crash or power cut left open.

The database says which fillings were open; each pump's own memory says what
happened to them meanwhile.  Recovery asks the pump and posts what it says to
the lane as an event (RECOVERED_*), so the lane's table takes it from there:
a finished filling is settled with the pump's figures, a running one is
followed to its end, an authorisation still waiting for the nozzle keeps
waiting.  Only a filling whose pump was never authorised is cancelled; one
whose pump no longer remembers it (its memory was cleared) is never cancelled
at ¥0: it is held as needing a manual settlement, with an alert.  Every
outcome is written to the audit log.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from sqlalchemy import select

from console.domain.audit import SYSTEM
from console.lanes import events as ev
from console.lanes.states import Event
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
        if filling.status is FillingStatus.NEEDS_SETTLEMENT:
            engine.publish(ev.NeedsSettlement(lane=filling.lane, filling_id=str(filling.id), plate=filling.plate, preset_fen=filling.preset_fen))
            continue
        lane = engine.lanes.get(filling.lane)
        if lane is None or lane.pump_address != filling.pump_address:
            if filling.status is FillingStatus.RESERVED:
                _cancel(engine, filling, "lane_not_configured")
            else:
                _unknown(engine, filling, "lane_not_configured")
            continue
        try:
            _recover(engine, lane, filling)
        except PumpError as exc:
            # The pump keeps its figures; the lane follows the filling until the pump answers.
            _audit(engine, filling, "recovery.waiting", {"error": str(exc)})
            lane.post(Event.RECOVERED_FILLING, filling=filling)
            engine.publish(ev.ErrorEvent(lane=lane.id, message=f"recovering filling {filling.id}: pump not answering ({exc})", code="recovery", params={"filling": str(filling.id)}))
    return len(open_fillings)


def _recover(engine: LaneEngine, lane, filling: Filling) -> None:
    bus = engine.bus(lane.bus_name)
    state = bus.state(lane.pump_address)
    status = state.status
    if status is not None and status.finished:
        info = bus.filling_info(lane.pump_address)
        _audit(engine, filling, "recovery.finished", {"litres": str(info.volume), "amount_fen": info.amount_fen})
        lane.post(Event.RECOVERED_FINISHED, filling=filling, info=info, recovered=True)
    elif status in (PumpStatus.FILLING, PumpStatus.SUSPENDED):
        _audit(engine, filling, "recovery.filling", None)
        lane.post(Event.RECOVERED_FILLING, filling=filling)
    elif status is PumpStatus.AUTHORISED:
        _audit(engine, filling, "recovery.authorised", None)
        lane.post(Event.RECOVERED_AUTHORISED, filling=filling)
    elif filling.status is FillingStatus.RESERVED:
        _cancel(engine, filling, "never_authorised")
    elif not state.online:
        _audit(engine, filling, "recovery.waiting", {"error": "pump offline"})
        lane.post(Event.RECOVERED_FILLING, filling=filling)
        engine.publish(ev.ErrorEvent(lane=lane.id, message=f"filling {filling.id}: pump offline; waiting for its figures", code="recovery", params={"filling": str(filling.id)}))
    else:
        # Reset, switched off or not programmed: the pump's memory of this filling is
        # gone (someone reset it, or it lost power and its memory).  Fuel may have flowed.
        _unknown(engine, filling, f"pump_{status.value if status else 'unknown'}")


def _audit(engine: LaneEngine, filling: Filling, action: str, details: dict | None) -> None:
    engine.audit(SYSTEM, action, f"lane {filling.lane} {filling.plate}", None, {"filling": str(filling.id), **(details or {})})


def _cancel(engine: LaneEngine, filling: Filling, why: str) -> None:
    with engine.store.write() as session:
        row = session.get(Filling, filling.id)
        row.status, row.ended_at = FillingStatus.CANCELLED, utc_now()
    _audit(engine, filling, "recovery.cancelled", {"why": why})
    engine.publish(ev.Cancelled(lane=filling.lane, filling_id=str(filling.id), reason=why))


def _unknown(engine: LaneEngine, filling: Filling, why: str) -> None:
    with engine.store.write() as session:
        row = session.get(Filling, filling.id)
        row.status = FillingStatus.NEEDS_SETTLEMENT
    _audit(engine, filling, "recovery.needs_settlement", {"why": why, "preset_fen": filling.preset_fen})
    engine.publish(ev.NeedsSettlement(lane=filling.lane, filling_id=str(filling.id), plate=filling.plate, preset_fen=filling.preset_fen))
