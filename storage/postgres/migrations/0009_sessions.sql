-- A curator's conversation with the bot (SQLite's 0012): their unsaved /addfact drafts,
-- /ingest review and pending edit confirmations, and where each guided conversation stands, as
-- JSON the bot alone writes. Here, not in a replica's memory, so that a curator's next update
-- may reach either replica. Readers have no row. A row past expires_at is as good as none.
-- Each curator's updates are handled one at a time across replicas under a transaction-level
-- advisory lock keyed by the user id's two halves (storage.postgres.sessions).

CREATE TABLE sessions (
    user_id    bigint PRIMARY KEY,
    state      jsonb NOT NULL CONSTRAINT sessions_state_object
               CHECK (jsonb_typeof(state) = 'object'),
    saved_at   timestamptz NOT NULL,
    expires_at timestamptz NOT NULL CONSTRAINT sessions_expire_after_saving
               CHECK (expires_at >= saved_at)
);
