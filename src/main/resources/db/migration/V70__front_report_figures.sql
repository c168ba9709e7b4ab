-- The Fatherland Front's own annual report (issue 15): it coordinates and supervises the movement
-- rather than reporting as an office of the Committee, so its figures are coordination and
-- supervision results, kept in the same permanent table as every other unit's report versions.
alter table unit_report add column mobilisation_campaigns bigint;
alter table unit_report add column members_taking_part bigint;
alter table unit_report add column joint_activities bigint;
alter table unit_report add column supervisions_held bigint;
alter table unit_report add column supervision_recommendations bigint;
alter table unit_report add column coordination_results text;
alter table unit_report add column supervision_results text;
