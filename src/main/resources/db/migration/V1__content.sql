-- Content tables: the published content, exactly what readers see (editors' drafts live in revisions, V2).
-- Portable SQL: runs unchanged on H2 (embedded default) and PostgreSQL (production). Foreign keys hold only within
-- one item (a treatment and its variants); references between items (a finding to its treatment, anything to a
-- source) are checked by the bundle rules before publication, so that one item can be replaced on its own.
-- Every table but the source tables is per language: (lang, id) is the key, and the same id in two
-- languages is one item and its translation. Short texts are at most 1,000 characters, Markdown fields 20,000
-- and article sections 100,000; the bundle reader checks the same limits before anything is written.

create table source (
    id                varchar(100)  not null primary key,
    type              varchar(32)   not null,
    more_authors      boolean       not null,
    title             varchar(1000) not null,
    container_title   varchar(1000),
    issued_year       integer       not null,
    volume            varchar(1000),
    issue             varchar(1000),
    pages             varchar(1000),
    article_number    varchar(1000),
    doi               varchar(1000),
    pmid              varchar(20),
    publisher         varchar(1000),
    publisher_place   varchar(1000),
    collection_title  varchar(1000),
    collection_number varchar(1000),
    report_number     varchar(1000),
    url               varchar(1000),
    language          varchar(8),
    note              varchar(1000)
);

create table source_author (
    source_id varchar(100) not null references source (id) on delete cascade,
    position  integer      not null,
    family    varchar(1000),
    given     varchar(100),
    literal   varchar(1000),
    primary key (source_id, position),
    constraint source_author_named check (literal is not null or family is not null)
);

create table condition (
    lang        varchar(2)    not null,
    id          varchar(100)  not null,
    slug        varchar(100)  not null,
    name        varchar(1000)  not null,
    description varchar(20000),
    primary key (lang, id),
    constraint condition_slug unique (lang, slug)
);

create table condition_lay_name (
    lang         varchar(2)   not null,
    condition_id varchar(100) not null,
    position     integer      not null,
    name         varchar(1000) not null,
    primary key (lang, condition_id, position),
    foreign key (lang, condition_id) references condition (lang, id) on delete cascade
);

create table condition_code (
    lang         varchar(2)   not null,
    condition_id varchar(100) not null,
    position     integer      not null,
    code_system  varchar(20)  not null,
    code         varchar(40)  not null,
    display      varchar(1000),
    primary key (lang, condition_id, position),
    foreign key (lang, condition_id) references condition (lang, id) on delete cascade
);

create table treatment (
    lang              varchar(2)     not null,
    id                varchar(100)   not null,
    position          integer        not null,
    slug              varchar(100)   not null,
    name              varchar(1000)   not null,
    kind              varchar(16)    not null,
    summary           varchar(1000)  not null,
    description       varchar(20000) not null,
    mechanism         varchar(20000),
    plausibility      varchar(16)    not null,
    plausibility_note varchar(20000),
    delivered_by      varchar(1000),
    practitioner_note varchar(20000),
    primary key (lang, id),
    constraint treatment_slug unique (lang, slug)
);

create table treatment_alias (
    lang         varchar(2)   not null,
    treatment_id varchar(100) not null,
    position     integer      not null,
    alias        varchar(1000) not null,
    primary key (lang, treatment_id, position),
    foreign key (lang, treatment_id) references treatment (lang, id) on delete cascade
);

create table treatment_variant (
    lang         varchar(2)     not null,
    treatment_id varchar(100)   not null,
    id           varchar(100)   not null,
    position     integer        not null,
    name         varchar(1000)   not null,
    description  varchar(20000),
    primary key (lang, treatment_id, id),
    foreign key (lang, treatment_id) references treatment (lang, id) on delete cascade
);

create table harm (
    lang         varchar(2)     not null,
    id           varchar(100)   not null,
    treatment_id varchar(100)   not null,
    variant_id   varchar(100),
    position     integer        not null,
    name         varchar(1000)   not null,
    description  varchar(20000) not null,
    frequency    varchar(16)    not null,
    seriousness  varchar(16)    not null,
    precaution   varchar(20000),
    primary key (lang, id),
    foreign key (lang, treatment_id) references treatment (lang, id) on delete cascade
);

create table harm_risk_group (
    lang       varchar(2)   not null,
    harm_id    varchar(100) not null,
    position   integer      not null,
    risk_group varchar(1000) not null,
    primary key (lang, harm_id, position),
    foreign key (lang, harm_id) references harm (lang, id) on delete cascade
);

create table harm_source (
    lang      varchar(2)   not null,
    harm_id   varchar(100) not null,
    position  integer      not null,
    source_id varchar(100) not null,
    primary key (lang, harm_id, position),
    foreign key (lang, harm_id) references harm (lang, id) on delete cascade
);

create table coverage (
    lang         varchar(2)     not null,
    id           varchar(100)   not null,
    position     integer        not null,
    jurisdiction varchar(8)     not null,
    payer        varchar(1000)   not null,
    status       varchar(20)    not null,
    extent       varchar(8)     not null,
    note         varchar(20000),
    primary key (lang, id)
);

create table coverage_treatment (
    lang         varchar(2)   not null,
    coverage_id  varchar(100) not null,
    position     integer      not null,
    treatment_id varchar(100) not null,
    primary key (lang, coverage_id, position),
    foreign key (lang, coverage_id) references coverage (lang, id) on delete cascade
);

create table coverage_source (
    lang        varchar(2)   not null,
    coverage_id varchar(100) not null,
    position    integer      not null,
    source_id   varchar(100) not null,
    primary key (lang, coverage_id, position),
    foreign key (lang, coverage_id) references coverage (lang, id) on delete cascade
);

create table finding (
    lang         varchar(2)     not null,
    id           varchar(100)   not null,
    position     integer        not null,
    treatment_id varchar(100)   not null,
    variant_id   varchar(100),
    condition_id varchar(100)   not null,
    phase        varchar(16)    not null,
    outcome      varchar(1000)   not null,
    comparator   varchar(1000),
    direction    varchar(24)    not null,
    effect_size  varchar(16)    not null,
    duration     varchar(16)    not null,
    certainty    varchar(16)    not null,
    study_base   varchar(1000),
    statement    varchar(20000) not null,
    primary key (lang, id)
);

create table finding_source (
    lang       varchar(2)   not null,
    finding_id varchar(100) not null,
    position   integer      not null,
    source_id  varchar(100) not null,
    primary key (lang, finding_id, position),
    foreign key (lang, finding_id) references finding (lang, id) on delete cascade
);

create table guideline (
    lang         varchar(2)    not null,
    id           varchar(100)  not null,
    position     integer       not null,
    title        varchar(1000) not null,
    short_title  varchar(1000)  not null,
    issuer       varchar(1000)  not null,
    issued_year  integer       not null,
    jurisdiction varchar(8)    not null,
    status_note  varchar(1000),
    source_id    varchar(100)  not null,
    primary key (lang, id)
);

create table recommendation (
    lang         varchar(2)     not null,
    id           varchar(100)   not null,
    guideline_id varchar(100)   not null,
    position     integer        not null,
    condition_id varchar(100)   not null,
    direction    varchar(16)    not null,
    strength     varchar(16)    not null,
    statement    varchar(20000) not null,
    primary key (lang, id),
    foreign key (lang, guideline_id) references guideline (lang, id) on delete cascade
);

create table recommendation_treatment (
    lang              varchar(2)   not null,
    recommendation_id varchar(100) not null,
    position          integer      not null,
    treatment_id      varchar(100) not null,
    primary key (lang, recommendation_id, position),
    foreign key (lang, recommendation_id) references recommendation (lang, id) on delete cascade
);

create table recommendation_source (
    lang              varchar(2)   not null,
    recommendation_id varchar(100) not null,
    position          integer      not null,
    source_id         varchar(100) not null,
    primary key (lang, recommendation_id, position),
    foreign key (lang, recommendation_id) references recommendation (lang, id) on delete cascade
);

create table glossary_term (
    lang       varchar(2)     not null,
    id         varchar(100)   not null,
    slug       varchar(100)   not null,
    term       varchar(1000)   not null,
    definition varchar(20000) not null,
    primary key (lang, id),
    constraint glossary_term_slug unique (lang, slug)
);

create table glossary_term_form (
    lang     varchar(2)   not null,
    term_id  varchar(100) not null,
    position integer      not null,
    form     varchar(1000) not null,
    primary key (lang, term_id, position),
    foreign key (lang, term_id) references glossary_term (lang, id) on delete cascade
);

create table topic (
    lang         varchar(2)    not null,
    id           varchar(100)  not null,
    position     integer       not null,
    slug         varchar(100)  not null,
    title        varchar(1000)  not null,
    summary      varchar(1000) not null,
    condition_id varchar(100),
    primary key (lang, id),
    constraint topic_slug unique (lang, slug)
);

create table article (
    lang            varchar(2)    not null,
    id              varchar(100)  not null,
    topic_id        varchar(100)  not null,
    position        integer       not null,
    slug            varchar(100)  not null,
    title           varchar(1000)  not null,
    summary         varchar(1000) not null,
    status          varchar(16)   not null,
    updated_on      date          not null,
    next_review     date          not null,
    next_review_year_only boolean not null,
    primary key (lang, id),
    constraint article_slug unique (lang, topic_id, slug)
);

create table article_section (
    lang       varchar(2)      not null,
    article_id varchar(100)    not null,
    position   integer         not null,
    anchor     varchar(100)    not null,
    layer      varchar(16)     not null,
    title      varchar(1000)    not null,
    body       varchar(100000) not null,
    primary key (lang, article_id, position),
    foreign key (lang, article_id) references article (lang, id) on delete cascade
);

create table article_treatment (
    lang         varchar(2)   not null,
    article_id   varchar(100) not null,
    position     integer      not null,
    treatment_id varchar(100) not null,
    primary key (lang, article_id, position),
    foreign key (lang, article_id) references article (lang, id) on delete cascade
);

create table article_further_source (
    lang       varchar(2)   not null,
    article_id varchar(100) not null,
    position   integer      not null,
    source_id  varchar(100) not null,
    primary key (lang, article_id, position),
    foreign key (lang, article_id) references article (lang, id) on delete cascade
);

-- Review facts of the published version of each article, for readers: when it was last checked without changes,
-- and whether external experts reviewed it. Written by the editorial workflow at publication.
create table article_review (
    lang             varchar(2)   not null,
    article_id       varchar(100) not null,
    checked_on       date,
    external_review  boolean      not null,
    primary key (lang, article_id)
);

create index finding_treatment on finding (lang, treatment_id);
create index harm_treatment on harm (lang, treatment_id);
create index article_topic on article (lang, topic_id);
