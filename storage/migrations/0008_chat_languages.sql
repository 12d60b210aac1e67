-- The language each chat chose with /language: a reader's private chat (its id is the user's)
-- or a group. A chat with no row follows its client's language, else English.

CREATE TABLE chat_languages (
    chat_id INTEGER PRIMARY KEY,
    language TEXT NOT NULL CHECK (language IN ('en', 'ru', 'uk', 'kk')),
    set_by INTEGER NOT NULL,
    set_at TEXT NOT NULL CHECK (set_at = strftime('%Y-%m-%dT%H:%M:%SZ', set_at))
) STRICT;
