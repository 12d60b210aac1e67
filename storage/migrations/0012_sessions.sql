-- A curator's conversation with the bot (issue 15): their unsaved /addfact drafts, /ingest
-- review and pending edit confirmations, and where each guided conversation stands, as JSON
-- the bot alone writes. In the store, not in a process, so that a conversation survives a
-- restart and (on PostgreSQL) goes on whichever replica a curator's next update reaches.
-- Readers have no row. A row past expires_at is as good as none and is replaced on the
-- curator's next update.

CREATE TABLE sessions (
    user_id    INTEGER PRIMARY KEY,
    state      TEXT NOT NULL CHECK (json_valid(state) AND json_type(state) = 'object'),
    saved_at   TEXT NOT NULL CHECK (saved_at = strftime('%Y-%m-%dT%H:%M:%SZ', saved_at)),
    expires_at TEXT NOT NULL CHECK (expires_at = strftime('%Y-%m-%dT%H:%M:%SZ', expires_at)),
    CHECK (expires_at >= saved_at)
) STRICT;
