"""fleet: odometer (or engine-hours) readings at the filling, append-only, and the vehicle
attributes the fleet reports check against (tank capacity, meter kind, consumption band)

A reading is never changed: a correction is a new reading naming the one it corrects,
so the two triggers below refuse any UPDATE or DELETE.  Readings go to head office as
they are made and the chain's come back (a vehicle's readings at the other stations
keep the monotonic check whole), so there is no foreign key: a pulled reading names a
filling of another station.  The triggers are copied here as text, frozen as of this
revision.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04 19:10:00
"""

import sqlalchemy as sa
from alembic import op

import console.store.types

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

_CONFIGURED = "EXISTS (SELECT 1 FROM sync_state) AND NOT EXISTS (SELECT 1 FROM sync_applying)"
_NOW = "strftime('%Y-%m-%d %H:%M:%f000', 'now')"
TRIGGERS = {
    "sync_capture_odometer": (
        f"AFTER INSERT ON odometer_readings WHEN {_CONFIGURED} BEGIN "
        f"INSERT INTO sync_outbox (kind, row_id, queued_at) VALUES ('odometer', NEW.id, {_NOW}); END"
    ),
    "odometer_readings_no_update": (
        "BEFORE UPDATE ON odometer_readings BEGIN "
        "SELECT RAISE(ABORT, 'odometer readings are append-only: correct one with a new reading'); END"
    ),
    "odometer_readings_no_delete": (
        "BEFORE DELETE ON odometer_readings BEGIN "
        "SELECT RAISE(ABORT, 'odometer readings are append-only: correct one with a new reading'); END"
    ),
}


def upgrade() -> None:
    op.add_column('vehicles', sa.Column('tank_litres', console.store.types.Litres(), nullable=True))
    op.add_column('vehicles', sa.Column('meter', sa.String(length=8), server_default='km', nullable=False))
    op.add_column('vehicles', sa.Column('consumption_min', console.store.types.Tenths(), nullable=True))
    op.add_column('vehicles', sa.Column('consumption_max', console.store.types.Tenths(), nullable=True))
    op.create_table(
        'odometer_readings',
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('station_id', sa.String(length=32), nullable=False),
        sa.Column('vehicle_id', sa.Uuid(), nullable=False),
        sa.Column('filling_id', sa.Uuid(), nullable=True),
        sa.Column('value', console.store.types.Tenths(), nullable=False),
        sa.Column('meter', sa.String(length=8), nullable=False),
        sa.Column('source', sa.String(length=16), nullable=False),
        sa.Column('at', console.store.types.UtcDateTime(), nullable=False),
        sa.Column('operator', sa.String(length=64), nullable=True),
        sa.Column('corrects_id', sa.Uuid(), nullable=True),
        sa.Column('created_at', console.store.types.UtcDateTime(), nullable=False),
        sa.CheckConstraint("meter IN ('km', 'hours')", name=op.f('ck_odometer_readings_meter')),
        sa.CheckConstraint("source IN ('cashier', 'phone', 'telematics', 'correction')", name=op.f('ck_odometer_readings_source')),
        sa.CheckConstraint("value >= 0", name=op.f('ck_odometer_readings_not_negative')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_odometer_readings')),
    )
    op.create_index('ix_odometer_readings_vehicle_at', 'odometer_readings', ['vehicle_id', 'at'])
    op.create_index('ix_odometer_readings_filling', 'odometer_readings', ['filling_id'])
    op.create_index('ix_odometer_readings_corrects', 'odometer_readings', ['corrects_id'])
    # The fleet reports walk one plate's fillings in time order.
    op.create_index('ix_fillings_plate_ended', 'fillings', ['plate', 'ended_at'])
    for name, definition in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {definition}")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DELETE FROM sync_outbox WHERE kind = 'odometer'")
    op.drop_index('ix_fillings_plate_ended', table_name='fillings')
    op.drop_index('ix_odometer_readings_corrects', table_name='odometer_readings')
    op.drop_index('ix_odometer_readings_filling', table_name='odometer_readings')
    op.drop_index('ix_odometer_readings_vehicle_at', table_name='odometer_readings')
    op.drop_table('odometer_readings')
    op.drop_column('vehicles', 'consumption_max')
    op.drop_column('vehicles', 'consumption_min')
    op.drop_column('vehicles', 'meter')
    op.drop_column('vehicles', 'tank_litres')
