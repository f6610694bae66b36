-- The catalogue a diagnosis code comes from (ICD-10-GM: its year), which FHIR and look-ups by code need.
alter table condition_code add column code_version varchar(40);
