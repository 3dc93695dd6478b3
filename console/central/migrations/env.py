"""Alembic environment for the central database: the engine comes from the caller."""

from alembic import context

engine = context.config.attributes["engine"]

with engine.connect() as connection:
    # The central schema is hand-written SQL (policies, triggers, functions), so nothing to compare against.
    context.configure(connection=connection, target_metadata=None, version_table="platepay_central_version")
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
