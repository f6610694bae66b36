-- The site's own pages (methods, privacy notice, imprint, ...): published pages only, like every content table.
create table about_page (
    lang    varchar(2)      not null,
    id      varchar(100)    not null,
    slug    varchar(100)    not null,
    title   varchar(1000)   not null,
    summary varchar(1000)   not null,
    body    varchar(100000) not null,
    primary key (lang, id),
    constraint about_page_slug unique (lang, slug)
);
