-- Which keys the stored secrets are under, so that a node with other keys refuses to start instead of writing what
-- the others cannot read (docs/adr/0029-key-check-value-and-an-outbox-that-skips-what-it-cannot-send.md).
-- check_value is an HMAC-SHA256 of a fixed text under a key derived from the key: it tells keys apart and reveals
-- nothing of them. One row per purpose ('feedback', 'subscription') and key id.
create table key_check (
    purpose     varchar(40)              not null,
    key_id      varchar(100)             not null,
    check_value varchar(64)              not null,
    recorded_at timestamp with time zone not null,
    primary key (purpose, key_id)
);
