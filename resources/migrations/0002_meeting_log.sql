-- Tavle schema, version 2: the meeting log. A shipped migration is never edited.
-- Meeting types get their defaults; recurring series with rotating leaders; attendance per
-- participant; decisions; action items. Portable SQL for SQLite and PostgreSQL.

-- Meeting types: default start and length, who is expected, an agenda, and an order to list
-- them in. default_participants: none; placement (the trainee and the main supervisor); team
-- (the department's UAO, UKYL and cheflæge); trainees (the department's current trainees).
ALTER TABLE meeting_types ADD COLUMN default_duration_minutes INTEGER NOT NULL DEFAULT 60
    CHECK (default_duration_minutes > 0);
ALTER TABLE meeting_types ADD COLUMN default_start_time TEXT
    CHECK (default_start_time IS NULL OR length(default_start_time) = 5);
ALTER TABLE meeting_types ADD COLUMN default_participants TEXT NOT NULL DEFAULT 'none'
    CHECK (default_participants IN ('none', 'placement', 'team', 'trainees'));
ALTER TABLE meeting_types ADD COLUMN agenda_template TEXT NOT NULL DEFAULT '';
ALTER TABLE meeting_types ADD COLUMN position INTEGER NOT NULL DEFAULT 100;

UPDATE meeting_types SET default_participants = 'placement', position = 10
    WHERE code = 'expectation';

INSERT INTO meeting_types (code, name, per_placement, default_duration_minutes,
                           default_start_time, default_participants, agenda_template, position)
    VALUES ('education_team', 'Uddannelsesteammøde', 0, 60, '14:00', 'team',
            'Opfølgning på handlepunkter
Frister for forventningsafstemninger
Uddannelsesstrategien
Eventuelt', 20);
INSERT INTO meeting_types (code, name, per_placement, default_duration_minutes,
                           default_start_time, default_participants, agenda_template, position)
    VALUES ('supervisor_forum', 'Uddannelsesforum', 0, 60, '14:00', 'none',
            'Uhensigtsmæssige uddannelsesforløb (fast punkt)
Uddannelseslægernes progression
Vejlederkompetencer', 30);
INSERT INTO meeting_types (code, name, per_placement, default_duration_minutes,
                           default_start_time, default_participants, agenda_template, position)
    VALUES ('ventil', 'Ventil', 0, 34, '14:50', 'trainees',
            'Ca. 10 minutter: luft ud efter svære oplevelser
Cases: faglig sparring', 40);
INSERT INTO meeting_types (code, name, per_placement, default_duration_minutes,
                           default_start_time, default_participants, agenda_template, position)
    VALUES ('wellbeing', 'Trivselsmøde', 0, 60, '14:00', 'none', '', 50);
INSERT INTO meeting_types (code, name, per_placement, default_duration_minutes,
                           default_start_time, default_participants, agenda_template, position)
    VALUES ('network', 'Netværksmøde', 0, 90, '14:00', 'none',
            'Uddannelsesstrategien (fast punkt)', 60);
INSERT INTO meeting_types (code, name, per_placement, default_duration_minutes,
                           default_start_time, default_participants, agenda_template, position)
    VALUES ('other', 'Andet møde', 0, 60, NULL, 'none', '', 90);

-- A recurring meeting. recurrence: weekly (every interval_count weeks, on the start date's
-- weekday); monthly_weekday (every interval_count months, on the start date's nth weekday, or
-- the last one when the start date is in its month's fifth week); monthly_day (every
-- interval_count months, on the start date's day of the month; months without that day have
-- no occurrence, as in RFC 5545). Times are local wall-clock times in Europe/Copenhagen.
CREATE TABLE meeting_series (
    id               ${id},
    meeting_type_id  BIGINT NOT NULL REFERENCES meeting_types (id) ON DELETE RESTRICT,
    department_id    BIGINT NOT NULL REFERENCES departments (id) ON DELETE CASCADE,
    title            TEXT NOT NULL CHECK (title <> ''),
    recurrence       TEXT NOT NULL CHECK (recurrence IN ('weekly', 'monthly_weekday', 'monthly_day')),
    interval_count   INTEGER NOT NULL DEFAULT 1 CHECK (interval_count BETWEEN 1 AND 52),
    start_date       TEXT NOT NULL CHECK (length(start_date) = 10),
    end_date         TEXT CHECK (end_date IS NULL OR length(end_date) = 10),
    start_time       TEXT NOT NULL CHECK (length(start_time) = 5),
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
    row_version      INTEGER NOT NULL DEFAULT 1,
    CHECK (end_date IS NULL OR end_date >= start_date)
);

CREATE INDEX meeting_series_department ON meeting_series (department_id);

-- Who leads a series' occurrences in a period (the rotating meeting leader, mødeleder).
CREATE TABLE series_leaders (
    id        ${id},
    series_id BIGINT NOT NULL REFERENCES meeting_series (id) ON DELETE CASCADE,
    person_id BIGINT NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    from_date TEXT NOT NULL CHECK (length(from_date) = 10),
    to_date   TEXT NOT NULL CHECK (length(to_date) = 10),
    CHECK (to_date >= from_date)
);

CREATE INDEX series_leaders_series ON series_leaders (series_id);

-- A meeting logged for a series' occurrence, or one cancelled; its length, leader, agenda and
-- decisions (one per line).
ALTER TABLE meetings ADD COLUMN series_id BIGINT REFERENCES meeting_series (id) ON DELETE SET NULL;
ALTER TABLE meetings ADD COLUMN occurrence_on TEXT
    CHECK (occurrence_on IS NULL OR length(occurrence_on) = 10);
ALTER TABLE meetings ADD COLUMN cancelled INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1));
ALTER TABLE meetings ADD COLUMN duration_minutes INTEGER
    CHECK (duration_minutes IS NULL OR duration_minutes > 0);
ALTER TABLE meetings ADD COLUMN leader_id BIGINT REFERENCES persons (id) ON DELETE SET NULL;
ALTER TABLE meetings ADD COLUMN agenda TEXT NOT NULL DEFAULT '';
ALTER TABLE meetings ADD COLUMN decisions TEXT NOT NULL DEFAULT '';

CREATE UNIQUE INDEX meetings_occurrence ON meetings (series_id, occurrence_on);
CREATE INDEX meetings_scheduled ON meetings (scheduled_at);
CREATE INDEX meetings_held ON meetings (held_on);

-- Attendance of each expected participant.
ALTER TABLE meeting_participants ADD COLUMN attendance TEXT NOT NULL DEFAULT 'present'
    CHECK (attendance IN ('present', 'absent', 'excused'));

-- Action items (handlepunkter) from meetings: open until done.
CREATE TABLE action_items (
    id            ${id},
    meeting_id    BIGINT REFERENCES meetings (id) ON DELETE CASCADE,
    department_id BIGINT REFERENCES departments (id) ON DELETE CASCADE,
    text          TEXT NOT NULL CHECK (text <> ''),
    owner_id      BIGINT REFERENCES persons (id) ON DELETE SET NULL,
    due_date      TEXT CHECK (due_date IS NULL OR length(due_date) = 10),
    done_on       TEXT CHECK (done_on IS NULL OR length(done_on) = 10),
    row_version   INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX action_items_meeting ON action_items (meeting_id);
CREATE INDEX action_items_department ON action_items (department_id);
CREATE INDEX action_items_owner ON action_items (owner_id);
