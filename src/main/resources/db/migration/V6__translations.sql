-- Translations as linked versions. Portable SQL.

-- Editorial: which revision of the original a revision of a translation translates. A revision without a row of
-- its own translates what the nearest earlier linked revision translates (a typo fix does not change that).
create table translation_link (
    kind              varchar(16)              not null,
    lang              varchar(2)               not null,
    id                varchar(100)             not null,
    revision          integer                  not null,
    original_lang     varchar(2)               not null,
    original_revision integer                  not null,
    recorded_at       timestamp with time zone not null,
    recorded_by       varchar(320)             not null,
    primary key (kind, lang, id, revision)
);

-- What readers see of a published translated article or treatment page: its original's language and whether the
-- original has changed since. Written at publication, like article_review.
create table translation_notice (
    subject       varchar(16)  not null, -- ARTICLE or TREATMENT
    lang          varchar(2)   not null,
    item_id       varchar(100) not null,
    original_lang varchar(2)   not null,
    outdated      boolean      not null,
    primary key (subject, lang, item_id)
);
