-- A scheduled publication that was refused when its time came (its scope changed after review, or it would leave
-- readers with broken references): when, and why. It stays until the article's review moves on, so that the job
-- does not try it again every minute and editors see why nothing was published.
alter table article_workflow add column schedule_refused_at timestamp with time zone;
alter table article_workflow add column schedule_refusal varchar(20000);
