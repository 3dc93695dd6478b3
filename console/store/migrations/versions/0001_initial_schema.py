"""initial schema: accounts, cards, ledger, vehicles, phones, fillings

Revision ID: 0001
Revises: 
Create Date: 2026-11-23 18:39:45.669350
"""

from alembic import op
import sqlalchemy as sa
import console.store.types


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('accounts',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('phone', sa.String(length=16), nullable=True),
    sa.Column('created_at', console.store.types.UtcDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_accounts'))
    )
    op.create_table('cards',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('card_no', sa.String(length=32), nullable=False),
    sa.Column('account_id', sa.Uuid(), nullable=False),
    sa.Column('status', sa.Enum('active', 'blocked', name='cardstatus', native_enum=False, length=32), nullable=False),
    sa.Column('created_at', console.store.types.UtcDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_cards_account_id_accounts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cards')),
    sa.UniqueConstraint('card_no', name=op.f('uq_cards_card_no'))
    )
    op.create_table('fillings',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('lane', sa.Integer(), nullable=False),
    sa.Column('pump_address', sa.Integer(), nullable=False),
    sa.Column('nozzle', sa.Integer(), nullable=True),
    sa.Column('grade', sa.String(length=16), nullable=True),
    sa.Column('plate', sa.String(length=16), nullable=False),
    sa.Column('card_id', sa.Uuid(), nullable=True),
    sa.Column('preset_fen', sa.BigInteger(), nullable=False),
    sa.Column('started_at', console.store.types.UtcDateTime(), nullable=True),
    sa.Column('ended_at', console.store.types.UtcDateTime(), nullable=True),
    sa.Column('litres', console.store.types.Litres(), nullable=True),
    sa.Column('amount_fen', sa.BigInteger(), nullable=True),
    sa.Column('unit_price_fen', sa.BigInteger(), nullable=True),
    sa.Column('status', sa.Enum('reserved', 'authorised', 'filling', 'completed', 'settled', 'cancelled', name='fillingstatus', native_enum=False, length=32), nullable=False),
    sa.Column('phone_charged', sa.String(length=16), nullable=True),
    sa.Column('driver', sa.String(length=64), nullable=True),
    sa.Column('station_id', sa.String(length=32), nullable=False),
    sa.Column('created_at', console.store.types.UtcDateTime(), nullable=False),
    sa.Column('updated_at', console.store.types.UtcDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['card_id'], ['cards.id'], name=op.f('fk_fillings_card_id_cards')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fillings'))
    )
    with op.batch_alter_table('fillings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_fillings_card_id'), ['card_id'], unique=False)
        batch_op.create_index('ix_fillings_status', ['status'], unique=False)

    op.create_table('vehicles',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('plate', sa.String(length=16), nullable=False),
    sa.Column('card_id', sa.Uuid(), nullable=False),
    sa.Column('description', sa.String(length=120), nullable=True),
    sa.Column('created_at', console.store.types.UtcDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['card_id'], ['cards.id'], name=op.f('fk_vehicles_card_id_cards')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vehicles')),
    sa.UniqueConstraint('plate', name=op.f('uq_vehicles_plate'))
    )
    with op.batch_alter_table('vehicles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_vehicles_card_id'), ['card_id'], unique=False)

    op.create_table('ledger_entries',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('card_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.Enum('top_up', 'fuel', 'refund', 'adjustment', name='entrykind', native_enum=False, length=32), nullable=False),
    sa.Column('amount_fen', sa.BigInteger(), nullable=False),
    sa.Column('station_id', sa.String(length=32), nullable=False),
    sa.Column('created_at', console.store.types.UtcDateTime(), nullable=False),
    sa.Column('filling_id', sa.Uuid(), nullable=True),
    sa.Column('operator', sa.String(length=64), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.CheckConstraint('amount_fen <> 0', name=op.f('ck_ledger_entries_nonzero')),
    sa.ForeignKeyConstraint(['card_id'], ['cards.id'], name=op.f('fk_ledger_entries_card_id_cards')),
    sa.ForeignKeyConstraint(['filling_id'], ['fillings.id'], name=op.f('fk_ledger_entries_filling_id_fillings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ledger_entries')),
    sa.UniqueConstraint('filling_id', name=op.f('uq_ledger_entries_filling_id'))
    )
    with op.batch_alter_table('ledger_entries', schema=None) as batch_op:
        batch_op.create_index('ix_ledger_card_amount', ['card_id', 'amount_fen'], unique=False)

    op.create_table('phone_bindings',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('vehicle_id', sa.Uuid(), nullable=False),
    sa.Column('phone', sa.String(length=16), nullable=False),
    sa.Column('driver', sa.String(length=64), nullable=True),
    sa.Column('slot_start', sa.Integer(), nullable=False),
    sa.Column('slot_end', sa.Integer(), nullable=False),
    sa.Column('created_at', console.store.types.UtcDateTime(), nullable=False),
    sa.CheckConstraint('slot_end > 0 AND slot_end <= 1440', name=op.f('ck_phone_bindings_slot_end_range')),
    sa.CheckConstraint('slot_start >= 0 AND slot_start < 1440', name=op.f('ck_phone_bindings_slot_start_range')),
    sa.ForeignKeyConstraint(['vehicle_id'], ['vehicles.id'], name=op.f('fk_phone_bindings_vehicle_id_vehicles')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_phone_bindings'))
    )
    with op.batch_alter_table('phone_bindings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_phone_bindings_vehicle_id'), ['vehicle_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('phone_bindings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_phone_bindings_vehicle_id'))

    op.drop_table('phone_bindings')
    with op.batch_alter_table('ledger_entries', schema=None) as batch_op:
        batch_op.drop_index('ix_ledger_card_amount')

    op.drop_table('ledger_entries')
    with op.batch_alter_table('vehicles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_vehicles_card_id'))

    op.drop_table('vehicles')
    with op.batch_alter_table('fillings', schema=None) as batch_op:
        batch_op.drop_index('ix_fillings_status')
        batch_op.drop_index(batch_op.f('ix_fillings_card_id'))

    op.drop_table('fillings')
    op.drop_table('cards')
    op.drop_table('accounts')
