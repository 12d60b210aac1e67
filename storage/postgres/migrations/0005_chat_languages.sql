-- The language each chat chose with /language (SQLite's 0008): a reader's private chat (its
-- id is the user's) or a group. A chat with no row follows its client's language, else English.
-- Telegram's chat and user ids need 64 bits.

CREATE TABLE chat_languages (
    chat_id  bigint PRIMARY KEY,
    language text NOT NULL CONSTRAINT chat_languages_language_known
             CHECK (language IN ('en', 'ru', 'uk', 'kk')),
    set_by   bigint NOT NULL,
    set_at   timestamptz NOT NULL
);
