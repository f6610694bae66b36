-- Which incarnation of an item this is. An import replaces every item and starts its revisions at 1 again, so
-- "revision 3 of heat-cold" can mean two different texts over time; the generation (new for every created item) tells
-- them apart. Caches of parsed revisions are keyed by it, and an editor's form carries it, so that a form opened
-- before an import is a conflict on save instead of silently writing the old text back (ADR 0027).
alter table content_item add column generation varchar(36) default 'before-v15' not null;
