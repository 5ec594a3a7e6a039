-- Tavle schema, version 4 on PostgreSQL: change notices for live refresh.
-- Every write to a Tavle table sends one notice per statement on the channel tavle_changes,
-- with the table's name and the writer's backend process id, so an open window refreshes when
-- someone else changes data and can ignore its own writes. Notices are delivered when the
-- writing transaction commits, and the server folds identical ones within a transaction.

CREATE OR REPLACE FUNCTION tavle_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('tavle_changes', TG_TABLE_NAME || ' ' || pg_backend_pid());
    RETURN NULL;
END
$$;

CREATE TRIGGER departments_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON departments
    FOR EACH STATEMENT EXECUTE FUNCTION tavle_notify_change();

CREATE TRIGGER persons_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON persons
    FOR EACH STATEMENT EXECUTE FUNCTION tavle_notify_change();

CREATE TRIGGER placements_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON placements
    FOR EACH STATEMENT EXECUTE FUNCTION tavle_notify_change();

CREATE TRIGGER meeting_types_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON meeting_types
    FOR EACH STATEMENT EXECUTE FUNCTION tavle_notify_change();

CREATE TRIGGER deadline_rules_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON deadline_rules
    FOR EACH STATEMENT EXECUTE FUNCTION tavle_notify_change();

CREATE TRIGGER meetings_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON meetings
    FOR EACH STATEMENT EXECUTE FUNCTION tavle_notify_change();

CREATE TRIGGER meeting_participants_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON meeting_participants
    FOR EACH STATEMENT EXECUTE FUNCTION tavle_notify_change();

CREATE TRIGGER role_assignments_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON role_assignments
    FOR EACH STATEMENT EXECUTE FUNCTION tavle_notify_change();

CREATE TRIGGER meeting_series_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON meeting_series
    FOR EACH STATEMENT EXECUTE FUNCTION tavle_notify_change();

CREATE TRIGGER series_leaders_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON series_leaders
    FOR EACH STATEMENT EXECUTE FUNCTION tavle_notify_change();

CREATE TRIGGER action_items_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON action_items
    FOR EACH STATEMENT EXECUTE FUNCTION tavle_notify_change();

CREATE TRIGGER strategies_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON strategies
    FOR EACH STATEMENT EXECUTE FUNCTION tavle_notify_change();

CREATE TRIGGER focus_areas_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON focus_areas
    FOR EACH STATEMENT EXECUTE FUNCTION tavle_notify_change();

CREATE TRIGGER goals_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON goals
    FOR EACH STATEMENT EXECUTE FUNCTION tavle_notify_change();

CREATE TRIGGER goal_statuses_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON goal_statuses
    FOR EACH STATEMENT EXECUTE FUNCTION tavle_notify_change();
