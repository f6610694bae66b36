-- The version of the published content, one row shared by every node (docs/adr/0024-nodes-follow-one-content-version.md).
-- Every content change adds one to it in its own transaction; a node that sees a higher number than it has caught
-- up with rebuilds its search index and moves its caches on. The languages of the latest change let a node that is
-- one change behind rebuild only those; further behind, it rebuilds all.
create table content_version (
    id        integer     not null primary key check (id = 1),
    version   bigint      not null,
    languages varchar(40) not null
);

insert into content_version (id, version, languages) values (1, 0, '');
