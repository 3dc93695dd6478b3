"""The company's central PostgreSQL: schema, migrations and station roles."""
