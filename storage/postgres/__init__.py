"""The fact store on PostgreSQL (issue 15), beside the SQLite one.

The schema (``migrations/``, its own numbered series) and its runner
(:mod:`storage.postgres.migrate`); the store (:class:`storage.postgres.store.PostgresStore`,
the same Store API as SQLite's FactStore), its parts by noun (``access``: the pool and write
transactions; ``reads``; ``following``: follows and the outbox) and their SQL (``queries``,
``writes``, ``follows``, ``imports``, ``pages``, ``search``). Only this package imports psycopg.
"""
