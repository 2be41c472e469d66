"""Alembic migrations for the store, shipped inside the package (script location
`frontlines.store:migrations`); `frontlines db upgrade` and `Store.open` apply them."""
