-- One spelling for the key that makes queuing the same mail (or notification) twice a no-op: dedupe_key, as the
-- notification table has it since V2. Renames only; no data changes. Portable SQL.
alter table mail_outbox rename column dedup_key to dedupe_key;
alter table mail_outbox rename constraint mail_outbox_dedup to mail_outbox_dedupe;
