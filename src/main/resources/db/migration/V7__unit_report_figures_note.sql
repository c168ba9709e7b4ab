-- The unit's explanation of figures that jumped against its previous version or previous year
-- (reporting.PlausibleFigures); kept with the version it explains.
alter table unit_report add column figures_note varchar(2000);
