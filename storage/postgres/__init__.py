"""The fact store on PostgreSQL (issue 15), growing beside the SQLite one.

So far: the schema (``migrations/``, its own numbered series) and the runner that applies it
(:mod:`storage.postgres.migrate`). The store API over it comes next; nothing the bot runs
imports this package yet.
"""
