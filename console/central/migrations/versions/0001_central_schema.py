"""central schema: stations, master data, ledger, fillings, audit, change feed

Revision ID: 0001
Revises:
Create Date: 2026-11-23 19:00:00

Hand-written: row-level security, triggers and functions are the point of
this schema and autogenerate knows none of them.
"""

from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# Columns a station may set through a change request, per entity (besides id and created_at).
EDITABLE = {
    "accounts": ("name", "phone"),
    "cards": ("card_no", "account_id", "status"),
    "vehicles": ("plate", "card_id", "description"),
    "phone_bindings": ("vehicle_id", "phone", "driver", "slot_start", "slot_end", "deleted"),
}

SCHEMA = """
CREATE SEQUENCE change_seq;

-- Every master-data row and every card balance carries the change-feed number of
-- its last change.  The advisory lock, held to commit, makes commit order equal
-- number order: without it a reader could move its cursor past a number still
-- being written by a slower transaction and miss that row for ever.
CREATE FUNCTION platepay_stamp_seq() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(7007001);
    NEW.seq := nextval('change_seq');
    RETURN NEW;
END $$;

CREATE TABLE stations (
    id varchar(32) PRIMARY KEY,
    name varchar(120) NOT NULL,
    role_name name UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO stations (id, name) VALUES ('central', 'central office');

CREATE FUNCTION platepay_station_id() RETURNS varchar LANGUAGE sql STABLE AS $$
    SELECT id FROM stations WHERE role_name = current_user
$$;

CREATE TABLE accounts (
    id uuid PRIMARY KEY,
    name varchar(120) NOT NULL,
    phone varchar(16),
    created_at timestamptz NOT NULL DEFAULT now(),
    seq bigint NOT NULL
);
CREATE TABLE cards (
    id uuid PRIMARY KEY,
    card_no varchar(32) NOT NULL UNIQUE,
    account_id uuid NOT NULL REFERENCES accounts (id),
    status varchar(32) NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'blocked')),
    created_at timestamptz NOT NULL DEFAULT now(),
    seq bigint NOT NULL
);
CREATE TABLE vehicles (
    id uuid PRIMARY KEY,
    plate varchar(16) NOT NULL UNIQUE,
    card_id uuid NOT NULL REFERENCES cards (id),
    description varchar(120),
    created_at timestamptz NOT NULL DEFAULT now(),
    seq bigint NOT NULL
);
CREATE TABLE phone_bindings (
    id uuid PRIMARY KEY,
    vehicle_id uuid NOT NULL REFERENCES vehicles (id),
    phone varchar(16) NOT NULL,
    driver varchar(64),
    slot_start integer NOT NULL CHECK (slot_start >= 0 AND slot_start < 1440),
    slot_end integer NOT NULL CHECK (slot_end > 0 AND slot_end <= 1440),
    deleted boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    seq bigint NOT NULL
);
-- No foreign key to cards: a station may debit a card it created offline whose
-- change request has not reached here yet; refusing the debit would lose money.
CREATE TABLE card_balances (
    card_id uuid PRIMARY KEY,
    balance_fen bigint NOT NULL,
    seq bigint NOT NULL
);

CREATE TABLE ledger_entries (
    id uuid PRIMARY KEY,
    card_id uuid NOT NULL,
    kind varchar(32) NOT NULL CHECK (kind IN ('top_up', 'fuel', 'refund', 'adjustment')),
    amount_fen bigint NOT NULL CHECK (amount_fen <> 0),
    station_id varchar(32) NOT NULL REFERENCES stations (id),
    created_at timestamptz NOT NULL,
    filling_id uuid UNIQUE,
    operator varchar(64),
    note text,
    received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ix_ledger_entries_card ON ledger_entries (card_id);

CREATE TABLE fillings (
    id uuid PRIMARY KEY,
    station_id varchar(32) NOT NULL REFERENCES stations (id),
    lane integer NOT NULL,
    pump_address integer NOT NULL,
    nozzle integer,
    grade varchar(16),
    plate varchar(16) NOT NULL,
    card_id uuid,
    preset_fen bigint NOT NULL,
    started_at timestamptz,
    ended_at timestamptz,
    litres numeric(12, 3),
    amount_fen bigint,
    unit_price_fen bigint,
    status varchar(32) NOT NULL,
    phone_charged varchar(16),
    driver varchar(64),
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ix_fillings_station ON fillings (station_id, created_at);

CREATE TABLE audit_log (
    id uuid PRIMARY KEY,
    at timestamptz NOT NULL,
    station_id varchar(32) NOT NULL REFERENCES stations (id),
    operator varchar(64) NOT NULL,
    action varchar(64) NOT NULL,
    subject varchar(120),
    reason text,
    details jsonb,
    received_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE change_requests (
    id uuid PRIMARY KEY,
    station_id varchar(32) NOT NULL REFERENCES stations (id),
    entity varchar(32) NOT NULL CHECK (entity IN ('accounts', 'cards', 'vehicles', 'phone_bindings')),
    row_id uuid NOT NULL,
    base_seq bigint,
    payload jsonb NOT NULL,
    made_at timestamptz NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    status varchar(16) NOT NULL DEFAULT 'pending',
    detail text
);
"""

FEED_TABLES = ("accounts", "cards", "vehicles", "phone_bindings", "card_balances")
STATION_TABLES = ("ledger_entries", "fillings", "audit_log", "change_requests")

TRIGGERS = """
CREATE FUNCTION platepay_ledger_to_balances() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public AS $$
BEGIN
    -- Lock first, before any balance row: the same order as every other feed writer, so no deadlock.
    PERFORM pg_advisory_xact_lock(7007001);
    INSERT INTO card_balances AS b (card_id, balance_fen, seq)
        SELECT card_id, sum(amount_fen), 0 FROM new_entries GROUP BY card_id
    ON CONFLICT (card_id) DO UPDATE SET balance_fen = b.balance_fen + EXCLUDED.balance_fen;
    RETURN NULL;
END $$;
CREATE TRIGGER ledger_to_balances AFTER INSERT ON ledger_entries
    REFERENCING NEW TABLE AS new_entries FOR EACH STATEMENT EXECUTE FUNCTION platepay_ledger_to_balances();

CREATE FUNCTION platepay_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the ledger is append-only: correct it with a new entry' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER ledger_append_only BEFORE UPDATE OR DELETE ON ledger_entries
    FOR EACH ROW EXECUTE FUNCTION platepay_append_only();
CREATE TRIGGER ledger_no_truncate BEFORE TRUNCATE ON ledger_entries
    FOR EACH STATEMENT EXECUTE FUNCTION platepay_append_only();
"""


def _apply_function() -> str:
    branches = []
    for entity, columns in EDITABLE.items():
        cols = ", ".join(columns)
        branches.append(
            f"""
    ELSIF r.entity = '{entity}' THEN
        INSERT INTO {entity} AS t (id, {cols}, created_at, seq)
            SELECT r.row_id, {cols}, coalesce(p.created_at, now()), 0
            FROM jsonb_populate_record(NULL::{entity}, r.payload) AS p
        ON CONFLICT (id) DO UPDATE SET ({cols}) = (SELECT {cols} FROM jsonb_populate_record(NULL::{entity}, r.payload));"""
        )
    return f"""
-- A station's offline edit: applied in arrival order unless central changed the
-- row after the version the station had seen (central wins by sequence).
CREATE FUNCTION platepay_apply_change_request() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public AS $$
DECLARE
    r change_requests := NEW;
    current_seq bigint;
    outcome varchar(16) := 'applied';
    why text;
BEGIN
    EXECUTE format('SELECT seq FROM %I WHERE id = $1', r.entity) INTO current_seq USING r.row_id;
    IF current_seq IS NOT NULL AND current_seq > coalesce(r.base_seq, 0) THEN
        outcome := 'superseded';
        why := format('central changed the row at %s after the station saw %s', current_seq, r.base_seq);
    ELSE
        BEGIN
            IF false THEN NULL;{''.join(branches)}
            END IF;
        EXCEPTION WHEN integrity_constraint_violation OR data_exception THEN
            outcome := 'rejected';
            why := SQLERRM;
        END;
    END IF;
    UPDATE change_requests SET status = outcome, detail = why WHERE id = r.id;
    RETURN NULL;
END $$;
CREATE TRIGGER apply_change_request AFTER INSERT ON change_requests
    FOR EACH ROW EXECUTE FUNCTION platepay_apply_change_request();
"""


def upgrade() -> None:
    op.execute(SCHEMA)
    for table in FEED_TABLES:
        op.execute(f"CREATE INDEX ix_{table}_seq ON {table} (seq)")
        op.execute(
            f"CREATE TRIGGER stamp_seq BEFORE INSERT OR UPDATE ON {table} FOR EACH ROW EXECUTE FUNCTION platepay_stamp_seq()"
        )
    op.execute(TRIGGERS)
    op.execute(_apply_function())
    for table in STATION_TABLES:
        # A station role may add rows only under its own station id; it has no UPDATE or DELETE at all.
        # (SELECT …) makes the station's id an init-plan: looked up once per statement, not once per row.
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(
            f"CREATE POLICY station_adds_own ON {table} FOR INSERT TO PUBLIC WITH CHECK (station_id = (SELECT platepay_station_id()))"
        )
        # INSERT … ON CONFLICT (id) checks the new row against SELECT policies too; the station may see
        # (the ids of) its own rows, never another station's.
        op.execute(
            f"CREATE POLICY station_sees_own ON {table} FOR SELECT TO PUBLIC USING (station_id = (SELECT platepay_station_id()))"
        )
    # Station roles get what they need explicitly (console.central.stations); nobody else gets anything.
    op.execute("REVOKE EXECUTE ON FUNCTION platepay_stamp_seq(), platepay_ledger_to_balances(), platepay_apply_change_request() FROM PUBLIC")
    op.execute("DO $$ BEGIN EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', current_database()); END $$")


def downgrade() -> None:
    for table in ("change_requests", "audit_log", "fillings", "ledger_entries", "card_balances", "phone_bindings", "vehicles", "cards", "accounts", "stations"):
        op.execute(f"DROP TABLE {table} CASCADE")
    for function in ("platepay_apply_change_request", "platepay_append_only", "platepay_ledger_to_balances", "platepay_station_id", "platepay_stamp_seq"):
        op.execute(f"DROP FUNCTION {function}()")
    op.execute("DROP SEQUENCE change_seq")
