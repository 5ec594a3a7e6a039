-- Tavle schema, version 3: the education strategy's goals and their status per department.
-- A shipped migration is never edited. Portable SQL for SQLite and PostgreSQL.

-- A strategy such as "Sammen om lægelig videreuddannelse": green when at least
-- green_threshold_percent of the applicable goals are achieved. template_code names the
-- built-in template it was loaded from, so that the same template is not loaded twice.
CREATE TABLE strategies (
    id                      ${id},
    name                    TEXT NOT NULL UNIQUE CHECK (name <> ''),
    period_from             TEXT CHECK (period_from IS NULL OR length(period_from) = 10),
    period_to               TEXT CHECK (period_to IS NULL OR length(period_to) = 10),
    green_threshold_percent INTEGER NOT NULL DEFAULT 90
        CHECK (green_threshold_percent BETWEEN 1 AND 100),
    template_code           TEXT UNIQUE,
    row_version             INTEGER NOT NULL DEFAULT 1
);

-- The strategy's focus areas (indsatsområder), in order.
CREATE TABLE focus_areas (
    id          ${id},
    strategy_id BIGINT NOT NULL REFERENCES strategies (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    title       TEXT NOT NULL CHECK (title <> ''),
    UNIQUE (strategy_id, title)
);

-- A goal (mål). scope: 'department' (holds on every department, a status per department) or
-- 'hospital' (one status for the hospital). A goal counts from counts_from and, when retired,
-- stops counting on retired_on. target_value/current_value: an optional numeric target such
-- as "at least 10 trained facilitators".
CREATE TABLE goals (
    id            ${id},
    strategy_id   BIGINT NOT NULL REFERENCES strategies (id) ON DELETE CASCADE,
    focus_area_id BIGINT NOT NULL REFERENCES focus_areas (id) ON DELETE CASCADE,
    code          TEXT NOT NULL CHECK (code <> ''),
    title         TEXT NOT NULL CHECK (title <> ''),
    description   TEXT NOT NULL DEFAULT '',
    scope         TEXT NOT NULL CHECK (scope IN ('department', 'hospital')),
    position      INTEGER NOT NULL,
    target_date   TEXT CHECK (target_date IS NULL OR length(target_date) = 10),
    target_value  INTEGER CHECK (target_value IS NULL OR target_value > 0),
    target_unit   TEXT NOT NULL DEFAULT '',
    current_value INTEGER CHECK (current_value IS NULL OR current_value >= 0),
    counts_from   TEXT NOT NULL CHECK (length(counts_from) = 10),
    retired_on    TEXT CHECK (retired_on IS NULL OR length(retired_on) = 10),
    row_version   INTEGER NOT NULL DEFAULT 1,
    UNIQUE (strategy_id, code),
    CHECK (retired_on IS NULL OR retired_on > counts_from)
);

CREATE INDEX goals_focus_area ON goals (focus_area_id);

-- Every status a goal was given, per department (department_id NULL: for the hospital), as
-- a dated row that is never changed: the status at a date is the row with the latest
-- effective_on on or before it (the latest recorded when two share a date).
CREATE TABLE goal_statuses (
    id            ${id},
    goal_id       BIGINT NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    department_id BIGINT REFERENCES departments (id) ON DELETE CASCADE,
    status        TEXT NOT NULL
        CHECK (status IN ('achieved', 'in_progress', 'not_started', 'not_applicable')),
    effective_on  TEXT NOT NULL CHECK (length(effective_on) = 10),
    set_by        TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT '',
    recorded_at   TEXT NOT NULL
);

CREATE INDEX goal_statuses_goal ON goal_statuses (goal_id, department_id, effective_on);
CREATE INDEX goal_statuses_department ON goal_statuses (department_id);

-- An action item can serve a strategy goal.
ALTER TABLE action_items ADD COLUMN goal_id BIGINT REFERENCES goals (id) ON DELETE SET NULL;
