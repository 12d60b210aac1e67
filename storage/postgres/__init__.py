"""The fact store on PostgreSQL (issue 15), beside the SQLite one.

The schema (``migrations/``, its own numbered series) and its runner
(:mod:`storage.postgres.migrate`); the store (:class:`storage.postgres.store.PostgresStore`,
the same Store API as SQLite's FactStore) and its SQL, by noun: ``queries`` (reads),
``writes`` (facts, sources, the audit log), ``follows`` (follows and the outbox),
``imports``, ``pages`` and ``search``. Only this package imports psycopg.
"""
