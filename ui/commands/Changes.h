#pragma once

#include "Result.h"
#include "domain/Entities.h"
#include "services/MeetingEditing.h"
#include "services/MeetingLog.h"
#include "services/PeopleEditing.h"
#include "services/StrategyGoals.h"

#include <QDate>
#include <optional>

namespace tavle {
class Database;
}

namespace tavle::ui {

/// One reversible write: forward makes the change, backward takes it back. Each direction runs
/// the core's services (one transaction each) and keeps track of the row as stored. The first
/// step writes on the row versions the dialog read; every later step first checks that the row
/// still holds what this change left there (Freshness) and is refused when someone else changed
/// it meanwhile.
class Change
{
public:
    virtual ~Change() = default;
    /// `today` is valid only for the first forward step, where the date rules apply; undo and
    /// redo put back what was stored before.
    virtual Status forward(Database& database, const QDate& today) = 0;
    virtual Status backward(Database& database) = 0;
};

/// A meeting created, changed or removed: before and after are the whole record (nullopt: no
/// meeting).
class MeetingChange final : public Change
{
public:
    MeetingChange(std::optional<MeetingRecord> before, std::optional<MeetingRecord> after);
    Status forward(Database& database, const QDate& today) override;
    Status backward(Database& database) override;

private:
    Status refresh(Database& database);
    Status moveTo(Database& database, const std::optional<MeetingRecord>& target,
                  const QDate& today);
    std::optional<MeetingRecord> m_before;
    std::optional<MeetingRecord> m_after;
    std::optional<MeetingRecord> m_stored;
    bool m_moved = false;
};

/// A placement's fields changed (level, dates, main supervisor).
class PlacementChange final : public Change
{
public:
    PlacementChange(Placement before, Placement after);
    Status forward(Database& database, const QDate& today) override;
    Status backward(Database& database) override;

private:
    Status moveTo(Database& database, Placement target);
    Placement m_before;
    Placement m_after;
    Placement m_stored;
    bool m_moved = false;
};

/// A person's name or e-mail changed.
class PersonChange final : public Change
{
public:
    PersonChange(Person before, Person after);
    Status forward(Database& database, const QDate& today) override;
    Status backward(Database& database) override;

private:
    Person m_before;
    Person m_after;
};

/// A trainee added with a placement (or a placement added to a known person).
class AddTraineeChange final : public Change
{
public:
    AddTraineeChange(Person trainee, Placement placement);
    Status forward(Database& database, const QDate& today) override;
    Status backward(Database& database) override;
    /// What the last forward step stored.
    const std::optional<TraineePlacement>& added() const { return m_added; }

private:
    Person m_trainee;
    Placement m_placement;
    std::optional<TraineePlacement> m_added;
};

/// A supervisor added to a department.
class AddSupervisorChange final : public Change
{
public:
    AddSupervisorChange(Person supervisor, Id departmentId, QDate from);
    Status forward(Database& database, const QDate& today) override;
    Status backward(Database& database) override;

private:
    Person m_supervisor;
    Id m_departmentId;
    QDate m_from;
    std::optional<SupervisorAdded> m_added;
};

/// A department added.
class AddDepartmentChange final : public Change
{
public:
    explicit AddDepartmentChange(QString name);
    Status forward(Database& database, const QDate& today) override;
    Status backward(Database& database) override;
    Id departmentId() const { return m_id; }

private:
    QString m_name;
    Id m_id = 0;
};

/// A logged meeting created, changed or removed, with its attendance and action items.
class LoggedMeetingChange final : public Change
{
public:
    LoggedMeetingChange(std::optional<LoggedMeeting> before, std::optional<LoggedMeeting> after);
    Status forward(Database& database, const QDate& today) override;
    Status backward(Database& database) override;
    /// The meeting as the last step stored it; nullopt when it is removed.
    const std::optional<LoggedMeeting>& stored() const { return m_stored; }

private:
    Status refresh(Database& database);
    Status moveTo(Database& database, const std::optional<LoggedMeeting>& target,
                  const QDate& today);
    std::optional<LoggedMeeting> m_before;
    std::optional<LoggedMeeting> m_after;
    std::optional<LoggedMeeting> m_stored;
    bool m_moved = false;
};

/// A series with its leader periods: what a series edit stores and its undo restores.
struct SeriesWithLeaders
{
    MeetingSeries series;
    QList<LeaderPeriod> leaders;
};

/// A series created, changed (with its leaders) or removed.
class SeriesChange final : public Change
{
public:
    SeriesChange(std::optional<SeriesWithLeaders> before, std::optional<SeriesWithLeaders> after);
    Status forward(Database& database, const QDate& today) override;
    Status backward(Database& database) override;
    const std::optional<SeriesWithLeaders>& stored() const { return m_stored; }

private:
    Status refresh(Database& database);
    Status moveTo(Database& database, const std::optional<SeriesWithLeaders>& target);
    std::optional<SeriesWithLeaders> m_before;
    std::optional<SeriesWithLeaders> m_after;
    std::optional<SeriesWithLeaders> m_stored;
    bool m_moved = false;
};

/// An action item created, changed (marked done, given a new due date) or removed on its own.
class ActionItemChange final : public Change
{
public:
    ActionItemChange(std::optional<ActionItem> before, std::optional<ActionItem> after);
    Status forward(Database& database, const QDate& today) override;
    Status backward(Database& database) override;

private:
    Status refresh(Database& database);
    Status moveTo(Database& database, const std::optional<ActionItem>& target);
    std::optional<ActionItem> m_before;
    std::optional<ActionItem> m_after;
    std::optional<ActionItem> m_stored;
    bool m_moved = false;
};

/// A goal status recorded: a new dated row; undo removes that row again. Redo records it
/// anew for the same day, so the date rule is checked against the day of the first step.
class SetGoalStatusChange final : public Change
{
public:
    explicit SetGoalStatusChange(NewGoalStatus status);
    Status forward(Database& database, const QDate& today) override;
    Status backward(Database& database) override;
    /// The row the last forward step wrote; nullopt after an undo.
    const std::optional<GoalStatusEntry>& stored() const { return m_stored; }

private:
    NewGoalStatus m_status;
    QDate m_today;
    std::optional<GoalStatusEntry> m_stored;
};

/// A goal added (before: nullopt), changed (renamed, retargeted, retired) or removed (after:
/// nullopt). Undo of an added goal deletes it again.
class GoalChange final : public Change
{
public:
    GoalChange(std::optional<Goal> before, std::optional<Goal> after);
    Status forward(Database& database, const QDate& today) override;
    Status backward(Database& database) override;
    const std::optional<Goal>& stored() const { return m_stored; }

private:
    Status moveTo(Database& database, const std::optional<Goal>& target);
    std::optional<Goal> m_before;
    std::optional<Goal> m_after;
    std::optional<Goal> m_stored;
    bool m_moved = false;
};

/// A goal moved up (-1) or down (+1) within its focus area, `places` places at a time (past
/// goals a view does not show, such as retired ones); undo moves it back as far.
class MoveGoalChange final : public Change
{
public:
    MoveGoalChange(Goal goal, int step, int places = 1);
    Status forward(Database& database, const QDate& today) override;
    Status backward(Database& database) override;

private:
    Status move(Database& database, int step, bool first);
    Goal m_goal;
    int m_step;
    int m_places;
    bool m_moved = false;
};

} // namespace tavle::ui
