"""One gate lane: its own thread, driven by the gate table (console/gates/states.py).

Plates come from the lane's camera as for a fuel lane; the barrier's own events
(the vehicle on the loop, past it) come from the barrier's thread.  Everything
is queued to this lane's thread and handled in order, so a stay is opened,
charged and closed by one thread, and the barrier rises only after the store
has the money.
"""

from __future__ import annotations

import logging
import time
import uuid
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Protocol

from console.domain import accounts
from console.domain.audit import SYSTEM
from console.gates import fees, sessions
from console.gates.states import DEADLINES, GateAction, GateEvent, GateState, next_step
from console.lanes import events as ev
from console.lanes.worker import LaneWorker
from console.store.models import CardStatus
from console.timeutil import utc_now
from drivers.plates.syntax import InvalidPlate, normalize_plate

if TYPE_CHECKING:
    from console.lanes.engine import LaneEngine

log = logging.getLogger(__name__)

#: A read this unsure waits for the booth rather than opening or charging.
SURE_ENOUGH = 0.8
#: A toll reads the same car again within this long as the same pass (never a second fee).
TOLL_REPEAT = timedelta(minutes=2)


class BarrierPort(Protocol):
    def open(self) -> None: ...


@dataclass(frozen=True)
class GateView:
    """What a screen shows of a gate lane; replaced whole on every change."""

    lane: int
    role: str  # entry, exit or toll
    state: GateState = GateState.IDLE
    plate: str | None = None
    confidence: float | None = None
    why: str | None = None  # amber: unknown_plate, no_stay, insufficient, doubtful_read, blacklisted, second_entry…
    stay_id: uuid.UUID | None = None
    entered_at: datetime | None = None
    fee_fen: int | None = None
    account: str | None = None
    available_fen: int | None = None
    barrier: str = "closed"  # closed, open, fault


_NOBODY = dict(plate=None, confidence=None, why=None, stay_id=None, entered_at=None, fee_fen=None, account=None, available_fen=None)


class GateLane(LaneWorker):
    def __init__(self, engine: LaneEngine, lane_id: int, role: str, barrier: BarrierPort | None) -> None:
        self.engine, self.id, self.role, self.barrier = engine, lane_id, role, barrier
        self.view = GateView(lane_id, role)
        self._pending_fee: tuple[int, list] | None = None
        self._init_worker(f"gate-{lane_id}")

    def _dispatch(self, event: GateEvent, data: dict) -> None:
        self.handle(event, data)

    def _timed_out(self) -> None:
        self.handle(GateEvent.TIMEOUT, {})

    def _failed(self, event: GateEvent, exc: Exception) -> None:
        # The lane keeps working; the barrier stays as it is.
        self.engine.publish(ev.ErrorEvent(lane=self.id, message=f"gate {event}: {exc}", code="lane_error"))

    # --- the table ----------------------------------------------------------

    def handle(self, event: GateEvent, data: dict) -> None:
        pending = [(event, data)]
        while pending:
            event, data = pending.pop(0)
            step = next_step(self.view.state, event)
            if step is None:
                log.debug("gate %s: %s ignored in %s", self.id, event, self.view.state)
                continue
            state, actions = step
            if state is not self.view.state:
                seconds = DEADLINES.get(state)
                self._deadline = time.monotonic() + seconds if seconds else None
            self._set(state=state)
            for action in actions:
                outcome = getattr(self, f"_do_{action.value}")(data)
                if outcome is not None:
                    pending.append((outcome, data))
                    break

    def _set(self, **changes: Any) -> None:
        self.view = replace(self.view, **changes)
        self.engine.view_changed(self.view)

    # --- deciding -------------------------------------------------------------

    def _do_decide(self, data: dict) -> GateEvent:
        raw, confidence = data.get("plate") or "", data.get("confidence", 1.0)
        self._set(**{**_NOBODY, "plate": raw, "confidence": confidence})
        self.engine.publish(ev.PlateRead(lane=self.id, plate=raw, confidence=confidence, source=data.get("source", "camera")))
        config = self.engine.config
        try:
            plate = normalize_plate(raw, config.station.region)
        except InvalidPlate:
            return self._ask("doubtful_read")
        self._set(plate=plate.text)
        data["plate_obj"] = plate
        if confidence < SURE_ENOUGH and data.get("source") != "cashier":
            return self._ask("doubtful_read")
        listed = fees.listed(config, plate.text, utc_now())
        if listed == "black":
            return self._ask("blacklisted")
        with self.engine.store.read() as session:
            found = accounts.lookup_plate(session, plate)
            stay = sessions.open_stay_of(session, plate.text)
            if found is not None:
                self._set(account=found.account_name, available_fen=found.funds.available_fen)
            if self.role == "entry":
                if stay is not None:
                    self._set(stay_id=stay.id, entered_at=stay.entered_at)
                    return self._ask("second_entry")
                registered = found is not None and found.card_status is CardStatus.ACTIVE
                return GateEvent.LET_IN if registered or listed in ("pass", "white") else self._ask("unknown_plate")
            now = utc_now()
            if self.role == "toll":
                if sessions.recently_closed(session, plate.text, TOLL_REPEAT, now) is not None:
                    return GateEvent.FREE  # the same car read again (a barrier that did not rise): one fee a pass
                data["vehicle_class"] = fees.vehicle_class(plate, data.get("colour", "unknown"))
                fee_fen, breakdown = fees.toll(config, data["vehicle_class"])
            else:
                stay = sessions.stay_to_leave(session, plate.text)  # entered here, or at another station of the chain
                if stay is None:
                    if sessions.recently_closed(session, plate.text, fees.grace(config), now) is not None:
                        return GateEvent.FREE  # paid moments ago: a restart or a second read, never a second fee
                    return self._ask("no_stay")
                self._set(stay_id=stay.id, entered_at=stay.entered_at)
                if listed in ("pass", "white"):
                    fee_fen, breakdown = 0, [{"rule": listed}]
                else:
                    fee_fen, breakdown = fees.parking(config, stay.vehicle_class, stay.entered_at, now)
        self._set(fee_fen=fee_fen)
        self._pending_fee = (fee_fen, breakdown)
        self.engine.publish(ev.GateFee(lane=self.id, plate=plate.text, fee_fen=fee_fen, breakdown=breakdown,
                                       stay_id=str(self.view.stay_id) if self.view.stay_id else None))
        return GateEvent.TO_PAY if fee_fen > 0 else GateEvent.FREE

    def _ask(self, why: str) -> GateEvent:
        self._set(why=why)
        return GateEvent.ASK

    def _do_ask_booth(self, data: dict) -> None:
        self.engine.publish(ev.GateAmber(lane=self.id, plate=self.view.plate or "", why=self.view.why or ""))

    # --- money -------------------------------------------------------------------

    def _do_open_stay(self, data: dict) -> None:
        if self.role != "entry":
            return  # let out or through by hand: there is no stay to begin
        plate = data.get("plate_obj")
        text = plate.text if plate is not None else self.view.plate or ""
        entered = sessions.open_stay(
            self.engine.store, station_id=self.engine.station_id, lane=self.id, plate=text,
            vehicle_class=fees.vehicle_class(plate, data.get("colour", "unknown")), at=utc_now(),
            operator=data.get("operator"), reason=data.get("reason"),
        )
        self._set(stay_id=entered.session_id, entered_at=utc_now())
        if entered.second_entry:
            self.engine.publish(ev.ErrorEvent(lane=self.id, code="second_entry", params={"plate": text},
                                              message=f"{text} entered again without leaving: one stay kept"))
        self.engine.publish(ev.GateEntry(lane=self.id, plate=text, stay_id=str(entered.session_id), by=data.get("operator") or SYSTEM))

    def _do_charge(self, data: dict) -> GateEvent:
        fee_fen, breakdown = self._pending_fee or (self.view.fee_fen or 0, [])
        try:
            paid = sessions.pay_and_close(
                self.engine.store, self.engine.config, lane=self.id, plate=data["plate_obj"], fee_fen=fee_fen,
                breakdown=breakdown, at=utc_now(), kind="toll" if self.role == "toll" else "parking",
                stay_id=self.view.stay_id, grace=fees.grace(self.engine.config), vehicle_class=data.get("vehicle_class", "small"),
            )
        except sessions.CannotPay as refused:
            self._set(why=refused.why)
            return GateEvent.CANNOT_PAY
        except sessions.NoSession:
            self._set(why="no_stay")
            return GateEvent.CANNOT_PAY
        self._set(stay_id=paid.session_id)  # a booth's action on this gate now finds what was paid
        self._published_exit(paid)
        if not paid.already and paid.paid_by == "card":
            self.engine.charge_queued()
        return GateEvent.PAID

    def _do_close_stay_free(self, data: dict) -> None:
        plate = data.get("plate_obj")
        if plate is None or self.role == "toll":
            return
        paid = sessions.pay_and_close(self.engine.store, self.engine.config, lane=self.id, plate=plate, fee_fen=0,
                                      breakdown=[], at=utc_now(), stay_id=self.view.stay_id, grace=fees.grace(self.engine.config))
        self._published_exit(paid)

    def _do_close_stay_by_hand(self, data: dict) -> None:
        plate = normalize_plate(self.view.plate or "", self.engine.config.station.region)
        fee_fen = self.view.fee_fen or 0
        paid = sessions.pay_and_close(
            self.engine.store, self.engine.config, lane=self.id, plate=plate, fee_fen=fee_fen, breakdown=[],
            at=utc_now(), kind="toll" if self.role == "toll" else "parking", stay_id=self.view.stay_id,
            paid_by="booth", operator=data.get("operator"), reason=data.get("reason"),
        )
        self._published_exit(paid)

    def _published_exit(self, paid: sessions.Paid) -> None:
        minutes = int((utc_now() - paid.entered_at).total_seconds() // 60)
        self.engine.publish(ev.GateExit(
            lane=self.id, plate=paid.plate, stay_id=str(paid.session_id), fee_fen=paid.fee_fen, paid_by=paid.paid_by,
            minutes=minutes, already=paid.already, phone=paid.phone,
        ))

    # --- the barrier ---------------------------------------------------------------

    def _do_raise_barrier(self, data: dict) -> GateEvent | None:
        if self.barrier is None:
            self._set(barrier="open")  # a gate without a barrier of ours (the booth lifts it)
            return None
        try:
            self.barrier.open()
        except Exception as exc:
            self._set(barrier="fault", why="barrier_fault")  # paid or let in, but the arm did not move: open by hand
            self.engine.publish(ev.ErrorEvent(lane=self.id, code="barrier", params={}, message=f"barrier did not open: {exc}"))
            return GateEvent.BARRIER_FAILED
        self._set(barrier="open")
        self.engine.publish(ev.BarrierOpened(lane=self.id, plate=self.view.plate, by=data.get("operator") or SYSTEM))
        return None

    def barrier_event(self, name: str) -> None:
        """From the barrier's thread: the vehicle cleared the loop, the arm came down."""
        if name == "vehicle_passed":
            self.post(GateEvent.PASSED)
        elif name == "barrier_closed":
            self.post_view(barrier="closed")
            self.engine.publish(ev.BarrierClosed(lane=self.id))
        elif name == "fault":
            self.post_view(barrier="fault")

    def _do_forget(self, data: dict) -> None:
        self._pending_fee = None
        self._set(**_NOBODY)
