"""Core table definitions of the central schema, for building statements.

The schema itself is made by the hand-written migrations beside this module;
these definitions name only what the sync engine and the admin tools touch.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Boolean, Column, Integer, LargeBinary, MetaData, Numeric, String, Table, Text, Uuid
from sqlalchemy.dialects.postgresql import JSONB, TIMESTAMP

metadata = MetaData()
_TS = TIMESTAMP(timezone=True)

accounts = Table(
    "accounts", metadata,
    Column("id", Uuid, primary_key=True),
    Column("name", String(120)),
    Column("phone", String(16)),
    Column("created_at", _TS),
    Column("seq", BigInteger),
)
cards = Table(
    "cards", metadata,
    Column("id", Uuid, primary_key=True),
    Column("card_no", String(32)),
    Column("account_id", Uuid),
    Column("status", String(32)),
    Column("created_at", _TS),
    Column("seq", BigInteger),
)
vehicles = Table(
    "vehicles", metadata,
    Column("id", Uuid, primary_key=True),
    Column("plate", String(16)),
    Column("card_id", Uuid),
    Column("description", String(120)),
    Column("created_at", _TS),
    Column("seq", BigInteger),
    Column("tank_litres", Numeric(12, 3)),
    Column("meter", String(8)),  # km, or hours (engine hours)
    Column("consumption_min", Numeric(6, 1)),  # L/100 km (L/h on hours)
    Column("consumption_max", Numeric(6, 1)),
)
phone_bindings = Table(
    "phone_bindings", metadata,
    Column("id", Uuid, primary_key=True),
    Column("vehicle_id", Uuid),
    Column("phone", String(16)),
    Column("driver", String(64)),
    Column("slot_start", Integer),
    Column("slot_end", Integer),
    Column("deleted", Boolean),
    Column("created_at", _TS),
    Column("seq", BigInteger),
)
card_balances = Table(
    "card_balances", metadata,
    Column("card_id", Uuid, primary_key=True),
    Column("balance_fen", BigInteger),
    Column("seq", BigInteger),
)
ledger_entries = Table(
    "ledger_entries", metadata,
    Column("id", Uuid, primary_key=True),
    Column("card_id", Uuid),
    Column("kind", String(32)),
    Column("amount_fen", BigInteger),
    Column("station_id", String(32)),
    Column("created_at", _TS),
    Column("filling_id", Uuid),
    Column("operator", String(64)),
    Column("note", Text),
    Column("payment_method", String(32)),  # top-ups: cash, wechat_alipay, bank_card, transfer
)
fillings = Table(
    "fillings", metadata,
    Column("id", Uuid, primary_key=True),
    Column("station_id", String(32)),
    Column("lane", Integer),
    Column("pump_address", Integer),
    Column("nozzle", Integer),
    Column("grade", String(16)),
    Column("plate", String(16)),
    Column("card_id", Uuid),
    Column("preset_fen", BigInteger),
    Column("started_at", _TS),
    Column("ended_at", _TS),
    Column("litres", Numeric(12, 3)),
    Column("amount_fen", BigInteger),
    Column("unit_price_fen", BigInteger),
    Column("status", String(32)),
    Column("phone_charged", String(16)),
    Column("driver", String(64)),
    Column("created_at", _TS),
    Column("updated_at", _TS),
)
parking_sessions = Table(
    "parking_sessions", metadata,
    Column("id", Uuid, primary_key=True),
    Column("station_id", String(32)),
    Column("plate", String(16)),
    Column("vehicle_class", String(16)),
    Column("kind", String(8)),
    Column("entry_lane", Integer),
    Column("entered_at", _TS),
    Column("entry_photo", String(255)),
    Column("exit_lane", Integer),
    Column("exited_at", _TS),
    Column("status", String(32)),
    Column("fee_fen", BigInteger),
    Column("paid_by", String(16)),
    Column("card_id", Uuid),
    Column("phone_charged", String(16)),
    Column("operator", String(64)),
    Column("reason", Text),
    Column("created_at", _TS),
    Column("updated_at", _TS),
    Column("entry_station_id", String(32)),  # where the car came in, when it left by another station's exit
)
# Stays begun and not yet ended, across the chain: in the feed, so any station's exit finds them.
chain_stays = Table(
    "chain_stays", metadata,
    Column("id", Uuid, primary_key=True),
    Column("station_id", String(32)),
    Column("plate", String(16)),
    Column("vehicle_class", String(16)),
    Column("entry_lane", Integer),
    Column("entered_at", _TS),
    Column("created_at", _TS),
    Column("deleted", Boolean),  # ended: left_at, left_station_id say where and when
    Column("left_at", _TS),
    Column("left_station_id", String(32)),
    Column("seq", BigInteger),
)
audit_log = Table(
    "audit_log", metadata,
    Column("id", Uuid, primary_key=True),
    Column("at", _TS),
    Column("station_id", String(32)),
    Column("operator", String(64)),
    Column("action", String(64)),
    Column("subject", String(120)),
    Column("reason", Text),
    Column("details", JSONB),
)
change_requests = Table(
    "change_requests", metadata,
    Column("id", Uuid, primary_key=True),
    Column("station_id", String(32)),
    Column("entity", String(32)),
    Column("row_id", Uuid),
    Column("base_seq", BigInteger),
    Column("payload", JSONB),
    Column("made_at", _TS),
    Column("status", String(16)),
    Column("detail", Text),
)

# Pulled in this order so a row's parent always arrives first.
FEED = (accounts, cards, vehicles, phone_bindings, card_balances, chain_stays)
# Every station's odometer (or engine-hours) readings, append-only; in the feed, so each
# station checks a vehicle's readings against the whole chain's.
odometer_readings = Table(
    "odometer_readings", metadata,
    Column("id", Uuid, primary_key=True),
    Column("station_id", String(32)),
    Column("vehicle_id", Uuid),
    Column("filling_id", Uuid),
    Column("value", Numeric(10, 1)),
    Column("meter", String(8)),
    Column("source", String(16)),
    Column("at", _TS),
    Column("operator", String(64)),
    Column("corrects_id", Uuid),
    Column("created_at", _TS),
    Column("seq", BigInteger),
)
FEED = FEED + (odometer_readings,)

# Keys of the registration API's clients (console.central.apikeys); not part of the feed, no station reads it.
api_keys = Table(
    "api_keys", metadata,
    Column("id", String(16), primary_key=True),
    Column("client", String(64)),
    Column("secret_sha256", LargeBinary(32)),
    Column("created_at", _TS),
    Column("revoked_at", _TS),
)

# Every station's closed shifts and the lines of their reports (migration 0008), inserted once, never changed.
shifts = Table(
    "shifts", metadata,
    Column("id", Uuid, primary_key=True),
    Column("station_id", String(32)),
    Column("status", String(32)),
    Column("opened_at", _TS),
    Column("opened_by", String(64)),
    Column("closed_at", _TS),
    Column("closed_by", String(64)),
    Column("fillings", Integer),
    Column("litres", Numeric(12, 3)),
    Column("amount_fen", BigInteger),
    Column("unchecked_nozzles", Integer),
    Column("created_at", _TS),
)
shift_lines = Table(
    "shift_lines", metadata,
    Column("id", Uuid, primary_key=True),
    Column("shift_id", Uuid),
    Column("station_id", String(32)),
    Column("kind", String(32)),
    Column("lane", Integer),
    Column("pump_address", Integer),
    Column("nozzle", Integer),
    Column("grade", String(16)),
    Column("what", String(64)),
    Column("fillings", Integer),
    Column("litres", Numeric(12, 3)),
    Column("amount_fen", BigInteger),
    Column("start_litres", Numeric(12, 3)),
    Column("start_amount_fen", BigInteger),
    Column("start_unavailable", String(32)),
    Column("end_litres", Numeric(12, 3)),
    Column("end_amount_fen", BigInteger),
    Column("end_unavailable", String(32)),
    Column("totals_litres", Numeric(12, 3)),
    Column("totals_amount_fen", BigInteger),
)

# Each settled filling of a registered vehicle with what came before it, derived by triggers at head
# office (migration 0009) for the chain's fleet reports; no station reads or writes it.
fleet_sequence = Table(
    "fleet_sequence", metadata,
    Column("id", Uuid, primary_key=True),
    Column("vehicle_id", Uuid),
    Column("plate", String(16)),
    Column("station_id", String(32)),
    Column("lane", Integer),
    Column("driver", String(64)),
    Column("phone_charged", String(16)),
    Column("litres", Numeric(12, 3)),
    Column("amount_fen", BigInteger),
    Column("created_at", _TS),
    Column("at", _TS),
    Column("full", Integer),
    Column("odometer", Numeric(10, 1)),
    Column("prev_at", _TS),
    Column("prev_station", String(32)),
    Column("prev_odometer", Numeric(10, 1)),
    Column("full_no", BigInteger),
    Column("last_odometer", Numeric(10, 1)),
    Column("last_at", _TS),
    Column("distance", Numeric(11, 1)),
    Column("last_full_odometer", Numeric(10, 1)),
    Column("last_full_at", _TS),
    Column("last_full_read_at", _TS),
    Column("last_driver", String(64)),
    Column("last_station", String(32)),
    Column("seg_litres", Numeric(14, 3)),
    Column("seg_fills", Integer),
    Column("seg_partials", Integer),
    Column("seg_distance", Numeric(11, 1)),
)
