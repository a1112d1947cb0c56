"""Alembic environment and revisions, shipped inside the package (see service.store.migrate)."""
