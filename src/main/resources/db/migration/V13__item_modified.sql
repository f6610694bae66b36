-- When each published item last changed for readers: stamped by every publication that carries it (also a finding,
-- a coverage rule or a guideline stamps the treatments it is about). The read API gives it as dateModified and
-- filters by it (modifiedSince), so partners fetch only what changed. One table beside the content tables, so that
-- the content tables stay exactly the published content.
create table item_modified (
    kind        varchar(16)              not null,
    lang        varchar(2)               not null,
    id          varchar(100)             not null,
    modified_at timestamp with time zone not null,
    primary key (kind, lang, id)
);

-- What is published already changed no later than now.
insert into item_modified (kind, lang, id, modified_at) select 'TOPIC', lang, id, current_timestamp from topic;
insert into item_modified (kind, lang, id, modified_at) select 'ARTICLE', lang, id, current_timestamp from article;
insert into item_modified (kind, lang, id, modified_at)
    select 'TREATMENT', lang, id, current_timestamp from treatment;
