"""API keys of the registration API's clients (the phone app, the payment platform)

Only a SHA-256 digest of each key's secret is kept; the key itself is shown
once by `platepay central apikey add`.  No station role is granted anything on
this table.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06 10:00:00
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("""
CREATE TABLE api_keys (
    id varchar(16) PRIMARY KEY,
    client varchar(64) NOT NULL,
    secret_sha256 bytea NOT NULL CHECK (length(secret_sha256) = 32),
    created_at timestamptz NOT NULL DEFAULT now(),
    revoked_at timestamptz
);
CREATE INDEX ix_api_keys_client ON api_keys (client);
""")


def downgrade() -> None:
    op.execute("DROP TABLE api_keys")
