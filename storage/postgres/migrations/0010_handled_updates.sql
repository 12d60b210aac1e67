-- The updates a bot in webhook mode has taken (SQLite's 0013): one update can reach two
-- replicas (Telegram posting again, a proxy passing a dropped post on); the first replica to
-- claim it here handles it. Rows older than a day are deleted when a bot starts.
CREATE TABLE handled_updates (
    update_id  bigint PRIMARY KEY,
    claimed_at timestamptz NOT NULL
);

CREATE INDEX handled_updates_by_age ON handled_updates (claimed_at);
