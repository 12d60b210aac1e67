-- The updates a bot in webhook mode has taken (issue 15). Telegram posts an update again when
-- its post got no answer, and a proxy passes a post whose connection dropped to the next
-- replica, so one update can reach the bot twice, even two replicas; the first to claim it
-- here handles it. Telegram keeps an undelivered update for 24 hours: older rows are deleted
-- when the bot starts.
CREATE TABLE handled_updates (
    update_id  INTEGER PRIMARY KEY,
    claimed_at TEXT NOT NULL CHECK (claimed_at = strftime('%Y-%m-%dT%H:%M:%SZ', claimed_at))
) STRICT;

CREATE INDEX handled_updates_by_age ON handled_updates (claimed_at);
