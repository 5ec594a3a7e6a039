-- Tavle schema, version 1. A shipped migration is never edited: add 0002_... instead.
-- Portable SQL for SQLite and PostgreSQL. ${id} is the engine's auto-increment primary key.
-- Dates are ISO text (YYYY-MM-DD); date-times ISO text (YYYY-MM-DDTHH:MM).
-- The tavle_meta table (application, schema_version) is created by the migration runner.

CREATE TABLE departments (
    id   ${id},
    name TEXT NOT NULL UNIQUE CHECK (name <> '')
);

CREATE TABLE persons (
    id          ${id},
    name        TEXT NOT NULL CHECK (name <> ''),
    email       TEXT UNIQUE,
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX persons_name ON persons (name);

CREATE TABLE placements (
    id                 ${id},
    trainee_id         BIGINT NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    department_id      BIGINT NOT NULL REFERENCES departments (id) ON DELETE RESTRICT,
    level              TEXT NOT NULL CHECK (level IN ('KBU', 'INTRO', 'HU')),
    start_date         TEXT NOT NULL CHECK (length(start_date) = 10),
    end_date           TEXT CHECK (end_date IS NULL OR length(end_date) = 10),
    main_supervisor_id BIGINT REFERENCES persons (id) ON DELETE SET NULL,
    row_version        INTEGER NOT NULL DEFAULT 1,
    UNIQUE (trainee_id, department_id, start_date),
    CHECK (end_date IS NULL OR end_date >= start_date)
);

CREATE INDEX placements_department ON placements (department_id);
CREATE INDEX placements_supervisor ON placements (main_supervisor_id);
CREATE INDEX placements_end ON placements (end_date);

-- Meeting types and their deadline rules are data: a department adds its own.
CREATE TABLE meeting_types (
    id            ${id},
    code          TEXT UNIQUE,
    name          TEXT NOT NULL CHECK (name <> ''),
    department_id BIGINT REFERENCES departments (id) ON DELETE CASCADE,
    per_placement INTEGER NOT NULL DEFAULT 0 CHECK (per_placement IN (0, 1))
);

CREATE TABLE deadline_rules (
    id              ${id},
    meeting_type_id BIGINT NOT NULL REFERENCES meeting_types (id) ON DELETE CASCADE,
    level           TEXT CHECK (level IS NULL OR level IN ('KBU', 'INTRO', 'HU')),
    anchor          TEXT NOT NULL CHECK (anchor IN ('start', 'end')),
    offset_days     INTEGER NOT NULL CHECK (offset_days >= 0)
);

INSERT INTO meeting_types (code, name, per_placement)
    VALUES ('expectation', 'Forventningsafstemning', 1);
INSERT INTO deadline_rules (meeting_type_id, level, anchor, offset_days)
    SELECT id, 'KBU', 'start', 14 FROM meeting_types WHERE code = 'expectation';
INSERT INTO deadline_rules (meeting_type_id, level, anchor, offset_days)
    SELECT id, NULL, 'start', 28 FROM meeting_types WHERE code = 'expectation';

CREATE TABLE meetings (
    id              ${id},
    meeting_type_id BIGINT NOT NULL REFERENCES meeting_types (id) ON DELETE RESTRICT,
    placement_id    BIGINT REFERENCES placements (id) ON DELETE CASCADE,
    department_id   BIGINT REFERENCES departments (id) ON DELETE CASCADE,
    scheduled_at    TEXT,
    held_on         TEXT CHECK (held_on IS NULL OR length(held_on) = 10),
    notes           TEXT NOT NULL DEFAULT '',
    row_version     INTEGER NOT NULL DEFAULT 1,
    CHECK (placement_id IS NOT NULL OR department_id IS NOT NULL)
);

CREATE INDEX meetings_placement ON meetings (placement_id, meeting_type_id);
CREATE INDEX meetings_department ON meetings (department_id);

CREATE TABLE meeting_participants (
    meeting_id BIGINT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    person_id  BIGINT NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    PRIMARY KEY (meeting_id, person_id)
);

CREATE INDEX meeting_participants_person ON meeting_participants (person_id);

CREATE TABLE role_assignments (
    id            ${id},
    person_id     BIGINT NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    department_id BIGINT REFERENCES departments (id) ON DELETE CASCADE,
    role          TEXT NOT NULL
                  CHECK (role IN ('UAO', 'UKS', 'UKYL', 'AP_UKYL', 'CHEFLAEGE', 'SUPERVISOR')),
    start_date    TEXT NOT NULL CHECK (length(start_date) = 10),
    end_date      TEXT CHECK (end_date IS NULL OR length(end_date) = 10),
    CHECK (end_date IS NULL OR end_date >= start_date)
);

CREATE INDEX role_assignments_person ON role_assignments (person_id);
CREATE INDEX role_assignments_department ON role_assignments (department_id);
