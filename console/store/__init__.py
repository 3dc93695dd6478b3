"""The station's local store: SQLite through SQLAlchemy, migrated by Alembic."""
