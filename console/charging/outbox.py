"""Delivering queued charge requests until the platform accepts each one.

Rows are written by the settlement transaction; this thread only moves them
from queued to delivered (or failed after the last attempt), with exponential
back-off, so a restart simply resumes with whatever is still queued.
"""

from __future__ import annotations

import logging
import random
import threading
from datetime import timedelta
from typing import Any, Callable

from sqlalchemy import func, select

from console.charging.gateway import ChargeError, ChargeGateway
from console.fleet import odometer
from console.lanes.events import ChargeDelivered, ChargeFailed, ChargeSent, ErrorEvent, LaneEvent
from console.store.charge_models import ChargeRequest, ChargeState
from console.store.db import Store
from console.store.fleet_models import ReadingSource
from console.store.models import Filling
from console.timeutil import utc_now

log = logging.getLogger(__name__)

BASE_DELAY = 1.0
MAX_DELAY = 300.0
BATCH = 20


def backoff_seconds(attempt: int, rng: random.Random) -> float:
    """1, 2, 4 … s up to 5 min, with ±20 % jitter so many stations don't retry in step."""
    return min(MAX_DELAY, BASE_DELAY * 2 ** max(0, attempt - 1)) * rng.uniform(0.8, 1.2)


class ChargeOutbox:
    def __init__(
        self,
        store: Store,
        gateway: ChargeGateway,
        publish: Callable[[LaneEvent], None],
        *,
        max_attempts: int = 60,
        rng: random.Random | None = None,
    ) -> None:
        self._store = store
        self._gateway = gateway
        self._publish = publish
        self._max_attempts = max_attempts
        self._rng = rng or random.Random()
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="charge-outbox", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def notify(self) -> None:
        """A charge was queued: look now instead of at the next timer."""
        self._wake.set()

    def shutdown(self, timeout: float = 5.0) -> None:
        self._stopping.set()
        self._wake.set()
        self._thread.join(timeout)

    def pending(self) -> int:
        with self._store.read() as session:
            return session.scalar(select(func.count()).where(ChargeRequest.state == ChargeState.QUEUED)) or 0

    def _run(self) -> None:
        while not self._stopping.is_set():
            try:
                wait = self.deliver_due()
            except Exception as exc:  # the thread must outlive a database hiccup; say so and retry
                log.exception("charge outbox failed")
                self._publish(ChargeFailed(lane=None, filling_id="", error=f"outbox: {exc}"))
                wait = 5.0
            self._wake.wait(wait)
            self._wake.clear()

    def deliver_due(self) -> float:
        """Send every due request once; return seconds until the next one is due."""
        now = utc_now()
        with self._store.read() as session:
            due = session.scalars(
                select(ChargeRequest)
                .where(ChargeRequest.state == ChargeState.QUEUED, ChargeRequest.next_attempt_at <= now)
                .order_by(ChargeRequest.next_attempt_at)
                .limit(BATCH)
            ).all()
        for request in due:
            if self._stopping.is_set():
                break
            self._deliver(request)
        with self._store.read() as session:
            upcoming = session.scalar(
                select(func.min(ChargeRequest.next_attempt_at)).where(ChargeRequest.state == ChargeState.QUEUED)
            )
        if upcoming is None:
            return 60.0
        return max(0.05, (upcoming - utc_now()).total_seconds())

    def _deliver(self, request: ChargeRequest) -> None:
        key = str(request.id)
        attempt = request.attempts + 1
        self._publish(ChargeSent(lane=request.payload.get("lane"), filling_id=key, phone=request.phone, amount_fen=request.amount_fen, attempt=attempt))
        try:
            reply = self._gateway.send(key, request.payload)
        except ChargeError as exc:
            give_up = not exc.retry or attempt >= self._max_attempts
            with self._store.write() as session:
                row = session.get(ChargeRequest, request.id)
                row.attempts = attempt
                row.last_error = str(exc)
                if give_up:
                    row.state = ChargeState.FAILED
                else:
                    row.next_attempt_at = utc_now() + timedelta(seconds=backoff_seconds(attempt, self._rng))
            if give_up:
                self._publish(ChargeFailed(lane=request.payload.get("lane"), filling_id=key, error=str(exc)))
            return
        refused = None
        with self._store.write() as session:
            row = session.get(ChargeRequest, request.id)
            row.attempts = attempt
            row.state = ChargeState.DELIVERED
            row.delivered_at = utc_now()
            row.last_error = None
            if reply and reply.get("odometer") is not None and request.filling_id is not None:
                # With the delivery, in one transaction: a process killed here loses neither.
                refused = self._phone_reading(session, request, reply["odometer"])
        if refused is not None:
            self._publish(refused)
        self._publish(ChargeDelivered(lane=request.payload.get("lane"), filling_id=key, phone=request.phone, amount_fen=request.amount_fen))

    def _phone_reading(self, session, request: ChargeRequest, value: Any) -> ErrorEvent | None:
        """The odometer the driver's phone sent with the confirmation: the filling's reading, checked
        like any other, as of the filling (a reply can come hours late).  A refused one is an alert
        to publish (the charge itself stands)."""
        station_id = request.payload.get("station") or ""
        try:
            with session.begin_nested():
                filling = session.get(Filling, request.filling_id)
                odometer.record(session, station_id=station_id, filling_id=request.filling_id, value=str(value),
                                source=ReadingSource.PHONE, operator=request.phone,
                                at=odometer.filling_time(filling) if filling is not None else None)
        except odometer.ReadingRefused as exc:
            return ErrorEvent(lane=request.payload.get("lane"), message=f"phone odometer not taken: {exc}",
                              code=exc.code, params={**exc.params, "filling": str(request.filling_id)})
        return None
