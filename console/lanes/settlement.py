"""Settling a finished filling: figures, debit and charge request in one transaction.

Settling is idempotent: a filling already settled (a retry, a recovery after a
crash that happened just after the commit) is left as it is.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from sqlalchemy import select

from console.config import Config
from console.domain import accounts, audit, ledger
from console.lanes import events as ev
from console.money import LITRE_QUANTUM, format_yuan
from console.store.charge_models import ChargeRequest, ChargeState
from console.store.db import Store
from console.store.models import Filling, FillingStatus, Vehicle
from console.timeutil import utc_now
from drivers.pumps.types import FillingInfo


@dataclass(frozen=True)
class Outcome:
    filling_id: uuid.UUID
    plate: str
    status: FillingStatus
    litres: object
    amount_fen: int
    unit_price_fen: int
    nozzle: int
    balance_fen: int | None
    phone: str | None
    driver: str | None
    already_settled: bool = False

    def events(self, lane: int, recovered: bool) -> list[ev.LaneEvent]:
        if self.already_settled:
            return []
        fid = str(self.filling_id)
        out: list[ev.LaneEvent] = [ev.FillingCompleted(
            lane=lane, filling_id=fid, litres=self.litres, amount_fen=self.amount_fen,
            unit_price_fen=self.unit_price_fen, nozzle=self.nozzle, recovered=recovered,
        )]
        if self.status is FillingStatus.CANCELLED:
            out.append(ev.Cancelled(lane=lane, filling_id=fid, reason="no fuel delivered"))
        else:
            out.append(ev.Settled(lane=lane, filling_id=fid, plate=self.plate, amount_fen=self.amount_fen, balance_fen=self.balance_fen, phone=self.phone, driver=self.driver))
        return out


def settle(store: Store, config: Config, filling_id: uuid.UUID, info: FillingInfo, audit_record: dict | None = None) -> Outcome:
    """Settle with the pump's figures; `audit_record` (operator, action, reason, …) is written
    in the same transaction, for a settlement a person makes."""
    station = config.station
    with store.write() as session:
        filling = session.get(Filling, filling_id)
        if filling.status in (FillingStatus.SETTLED, FillingStatus.CANCELLED):
            return _outcome(filling, None, already=True)
        if audit_record is not None:
            audit.record(session, station_id=station.id, **audit_record)
        # The nozzle seen lifted for this filling, not whatever the pump shows now (a
        # recovered filling is read after the fact); its price only if it is that nozzle's.
        same_nozzle = not filling.nozzle or not info.nozzle or filling.nozzle == info.nozzle
        filling.nozzle = filling.nozzle or info.nozzle
        filling.grade = station.grade(filling.nozzle or 0)
        # The store keeps millilitres: a pump showing more volume decimals is rounded to them.
        filling.litres = info.volume.quantize(LITRE_QUANTUM, rounding=ROUND_HALF_UP)
        filling.amount_fen = info.amount_fen
        filling.unit_price_fen = info.price_fen if same_nozzle else _unit_price(info)
        filling.ended_at = utc_now()
        filling.started_at = filling.started_at or filling.ended_at
        if info.amount_fen <= 0:
            filling.status = FillingStatus.CANCELLED
            return _outcome(filling, None)
        balance = None
        if filling.card_id is not None:
            ledger.debit_filling(session, filling, station_id=station.id)
            vehicle = session.scalar(select(Vehicle).where(Vehicle.plate == filling.plate))
            duty = accounts.on_duty(session, vehicle, filling.ended_at, station.zone)
            filling.phone_charged, filling.driver = duty.phone, duty.driver
            session.add(ChargeRequest(
                id=filling.id, filling_id=filling.id, phone=duty.phone, driver=duty.driver, amount_fen=info.amount_fen,
                payload=charge_payload(config, filling), state=ChargeState.QUEUED, next_attempt_at=utc_now(),
            ))
            balance = ledger.funds(session, filling.card_id).balance_fen
        filling.status = FillingStatus.SETTLED
        session.flush()
        return _outcome(filling, balance)


def _unit_price(info: FillingInfo) -> int | None:
    """The price the pump's own figures imply, where the price it shows is another nozzle's."""
    if not info.volume:
        return None
    return int((Decimal(info.amount_fen) / info.volume).to_integral_value(rounding=ROUND_HALF_UP))


def charge_payload(config: Config, filling: Filling) -> dict:
    """The body the payment platform receives; the filling id is its idempotency key."""
    return {
        "idempotency_key": str(filling.id),
        "kind": "fuel",
        "filling_id": str(filling.id),
        "plate": filling.plate,
        "phone": filling.phone_charged,
        "driver": filling.driver,
        "amount_fen": filling.amount_fen,
        "amount": format_yuan(filling.amount_fen),
        "currency": "CNY",
        "litres": str(filling.litres.quantize(LITRE_QUANTUM)),  # always three decimals, as stored
        "grade": filling.grade,
        "unit_price_fen": filling.unit_price_fen,
        "station": config.station.id,
        "station_name": config.station.name,
        "lane": filling.lane,
        "started_at": filling.started_at.isoformat(),
        "ended_at": filling.ended_at.isoformat(),
    }


def _outcome(filling: Filling, balance: int | None, already: bool = False) -> Outcome:
    return Outcome(
        filling.id, filling.plate, filling.status, filling.litres, filling.amount_fen or 0, filling.unit_price_fen or 0,
        filling.nozzle or 0, balance, filling.phone_charged, filling.driver, already,
    )
