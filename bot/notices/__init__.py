"""Notices to followers: the one sender that delivers the outbox, and the limits it keeps."""
