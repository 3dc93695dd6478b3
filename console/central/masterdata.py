"""Master data edited at central (the head office's own tools, tests and benchmarks).

Each change is stamped with the next change-feed number by the schema's
triggers, which is how stations find it; nothing here touches the feed.
"""

from __future__ import annotations

import uuid

from sqlalchemy import Connection, insert, update
from sqlalchemy.dialects.postgresql import insert as pg_insert

from console.central import schema as central
from console.timeutil import utc_now

CENTRAL_STATION = "central"


def add_account(connection: Connection, name: str, phone: str | None = None) -> uuid.UUID:
    account_id = uuid.uuid4()
    connection.execute(insert(central.accounts).values(id=account_id, name=name, phone=phone, created_at=utc_now()))
    return account_id


def issue_card(connection: Connection, account_id: uuid.UUID, card_no: str) -> uuid.UUID:
    card_id = uuid.uuid4()
    connection.execute(insert(central.cards).values(
        id=card_id, card_no=card_no, account_id=account_id, status="active", created_at=utc_now()))
    return card_id


def set_card_status(connection: Connection, card_id: uuid.UUID, status: str) -> None:
    connection.execute(update(central.cards).where(central.cards.c.id == card_id).values(status=status))


def bind_vehicle(connection: Connection, plate: str, card_id: uuid.UUID, vehicle_id: uuid.UUID | None = None) -> uuid.UUID:
    """`plate` must already be normalised (console.domain: normalize_plate)."""
    vehicle_id = vehicle_id or uuid.uuid4()
    connection.execute(insert(central.vehicles).values(id=vehicle_id, plate=plate, card_id=card_id, created_at=utc_now()))
    return vehicle_id


def move_vehicle(connection: Connection, vehicle_id: uuid.UUID, card_id: uuid.UUID) -> None:
    connection.execute(update(central.vehicles).where(central.vehicles.c.id == vehicle_id).values(card_id=card_id))


def bind_phone(connection: Connection, vehicle_id: uuid.UUID, phone: str, slot_start: int, slot_end: int, driver: str | None = None) -> uuid.UUID:
    binding_id = uuid.uuid4()
    connection.execute(insert(central.phone_bindings).values(
        id=binding_id, vehicle_id=vehicle_id, phone=phone, driver=driver,
        slot_start=slot_start, slot_end=slot_end, deleted=False, created_at=utc_now()))
    return binding_id


def unbind_phone(connection: Connection, binding_id: uuid.UUID) -> None:
    # A tombstone, not a DELETE: stations learn of removals through the same feed.
    pb = central.phone_bindings
    connection.execute(update(pb).where(pb.c.id == binding_id).values(deleted=True))


def top_up(connection: Connection, card_id: uuid.UUID, amount_fen: int, *, operator: str = "central", entry_id: uuid.UUID | None = None) -> uuid.UUID:
    """A credit made at the head office: a ledger entry like any station's, accepted once by its id."""
    if amount_fen <= 0:
        raise ValueError("a top-up must be more than zero fen")
    entry_id = entry_id or uuid.uuid4()
    connection.execute(pg_insert(central.ledger_entries).values(
        id=entry_id, card_id=card_id, kind="top_up", amount_fen=amount_fen,
        station_id=CENTRAL_STATION, created_at=utc_now(), operator=operator,
    ).on_conflict_do_nothing(index_elements=["id"]))
    return entry_id
