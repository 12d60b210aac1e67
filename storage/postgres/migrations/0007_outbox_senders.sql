-- Several senders over one outbox (issue 15: two replicas): a sender takes the notices it will
-- send for a while, so that no other sender takes them meanwhile; it reads its own again
-- until it marks them (sent, retried or dropped), as the one sender on SQLite does. A sender
-- that dies leaves them to the others once taken_until has passed.
ALTER TABLE outbox
    ADD COLUMN taken_by text,
    ADD COLUMN taken_until timestamptz,
    ADD CONSTRAINT outbox_taken_whole CHECK ((taken_by IS NULL) = (taken_until IS NULL));
