-- Pictures (module picture, ADR 34): what editors say about each, and the files made from it at upload. The files
-- live in the database, which all nodes share, rather than in one node's data directory.
create table picture (
    id          varchar(100)  not null primary key,
    decorative  boolean       not null,
    credit      varchar(500)  not null,
    licence     varchar(200)  not null,
    width       integer       not null,
    height      integer       not null,
    uploaded_by varchar(320)  not null,
    uploaded_at timestamp with time zone not null,
    changed_at  timestamp with time zone not null
);

-- Alt text and caption per language; a picture that is not decorative has an alt text in every language.
create table picture_text (
    picture_id varchar(100)  not null references picture (id) on delete cascade,
    lang       varchar(2)    not null,
    alt        varchar(1000) not null,
    caption    varchar(2000) not null,
    primary key (picture_id, lang)
);

-- The re-encoded files, one per width, named by their content hash so that their URLs never change meaning.
create table picture_file (
    name       varchar(200) not null primary key,
    picture_id varchar(100) not null references picture (id) on delete cascade,
    width      integer      not null,
    height     integer      not null,
    media_type varchar(50)  not null,
    bytes      bytea        not null
);
create index picture_file_picture on picture_file (picture_id, width);

-- An article's lead image: the id of a picture, shown at the top of the article.
alter table article add column lead_image varchar(100);
