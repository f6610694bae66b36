-- The mail domain of each subscriber as a keyed hash (HMAC-SHA256, like address_hash), so that subscriptions
-- waiting for confirmation can be capped per domain without storing the domain readably. Subscribers from before
-- have none until they next subscribe; their pending subscriptions expire within the confirmation window anyway.
alter table subscriber add column domain_hash varchar(64);

create index subscriber_domain on subscriber (domain_hash);
