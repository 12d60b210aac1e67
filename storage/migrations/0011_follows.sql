-- Following countries (issue 14): which chats follow which countries, and the notices owed to
-- them. A change to the facts and the notices it owes are written in one transaction, so a
-- notice is never lost to a crash between the two; one sender delivers them and marks each sent.

-- A chat that follows or followed something. Kept when it blocks the bot or leaves (active 0)
-- rather than deleted: its follows come back if it follows again.
CREATE TABLE follower_chats (
    chat_id  INTEGER PRIMARY KEY,
    kind     TEXT NOT NULL CHECK (kind IN ('private', 'group', 'supergroup', 'channel')),
    -- The language the chat wrote in when it last followed; /language's choice wins over it.
    language TEXT NOT NULL CHECK (language IN ('en', 'ru', 'uk', 'kk')),
    active   INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    -- Why it stopped being sent notices (a 403: it blocked the bot, or was removed).
    inactive_reason TEXT,
    since    TEXT NOT NULL CHECK (since = strftime('%Y-%m-%dT%H:%M:%SZ', since))
) STRICT;

CREATE TABLE follows (
    chat_id     INTEGER NOT NULL REFERENCES follower_chats (chat_id) ON UPDATE CASCADE,
    country     TEXT NOT NULL CHECK (length(country) = 3 AND country = upper(country)),
    followed_by INTEGER NOT NULL,
    followed_at TEXT NOT NULL CHECK (followed_at = strftime('%Y-%m-%dT%H:%M:%SZ', followed_at)),
    PRIMARY KEY (chat_id, country)
) STRICT, WITHOUT ROWID;

-- A change's followers: the chats following any of the countries a fact names.
CREATE INDEX follows_by_country ON follows (country, chat_id);

-- One notice owed to one chat: a change to one fact (its audit-log row says which and how),
-- or a digest of an import (its counts of new facts per country, for this chat's countries).
CREATE TABLE outbox (
    id          INTEGER PRIMARY KEY,
    chat_id     INTEGER NOT NULL,
    audit_id    INTEGER NOT NULL REFERENCES audit_log (id),
    digest      TEXT CHECK (digest IS NULL OR json_valid(digest)),
    created_at  TEXT NOT NULL,
    attempts    INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    -- Not to be tried before this (a failed attempt's backoff); NULL: at once.
    next_try_at TEXT,
    sent_at     TEXT,
    -- Why it will never be sent (the chat blocked the bot; the last error after the retries).
    dropped     TEXT,
    CHECK (sent_at IS NULL OR dropped IS NULL)
) STRICT;

-- What the sender reads: the notices neither sent nor dropped, oldest first, and each chat's
-- own in order (a chat's correction never overtakes the fact it corrects).
CREATE INDEX outbox_pending ON outbox (id) WHERE sent_at IS NULL AND dropped IS NULL;
CREATE INDEX outbox_pending_by_chat ON outbox (chat_id, id)
WHERE sent_at IS NULL AND dropped IS NULL;
