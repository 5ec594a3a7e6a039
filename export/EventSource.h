#pragma once

#include "CalendarEvent.h"
#include "CalendarExport.h"
#include "domain/Entities.h"
#include "storage/PersonRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <memory>

namespace tavle {

class Database;

/// What the event sources share while one calendar is made: the database and the options,
/// the meeting types, department names and person names read once, and the texts every kind
/// of event uses. Lives for one build() on the thread that opened the database.
class EventSource
{
    Q_DECLARE_TR_FUNCTIONS(EventSource)

public:
    /// Reads the meeting types and departments. An error when the database cannot be read,
    /// has no identity (an old database opened read-only) or has no such department.
    static Result<std::unique_ptr<EventSource>> open(Database& database,
                                                     const CalendarOptions& options);

    Database& database() { return m_database; }
    const CalendarOptions& options() const { return m_options; }
    const QDate& today() const { return m_options.today; }

    /// The meeting types by id.
    const QHash<Id, MeetingType>& types() const { return m_types; }
    MeetingType type(Id id) const { return m_types.value(id); }
    QString departmentName(Id id) const { return m_departmentNames.value(id); }
    /// A person's name; empty for 0 or a person since deleted.
    Result<QString> personName(Id id);

    /// The summary of a department's meeting or series: with the department's name when the
    /// calendar holds several departments, where the same title would otherwise repeat.
    QString departmentSummary(const QString& title, Id departmentId) const;

    /// A UID unique to the row and this database, the same in every export:
    /// "<kind>-<id>-<database id>@tavle".
    QString uid(const char* kind, Id id) const;

    /// A wall-clock time in Europe/Copenhagen.
    static QDateTime local(const QDate& date, const QTime& time);
    /// A date as people read it: dd-MM-yyyy.
    static QString dateText(const QDate& date);

    /// Description lines, each empty when there is nothing to say.
    static QString departmentLine(const QString& name);
    static QString leaderLine(const QString& leaders);
    static QString agendaLines(const QString& agenda);
    /// Notes and decisions, only when the options ask for them: they are personal data.
    QString notesLines(const Meeting& meeting) const;
    /// Joins the non-empty lines.
    static QString description(const QStringList& lines);

    /// Sets the reminder of a timed event from the options.
    void remindBeforeMeeting(CalendarEvent& event) const;

private:
    EventSource(Database& database, const CalendarOptions& options);

    Database& m_database;
    CalendarOptions m_options;
    QString m_databaseId;
    QHash<Id, MeetingType> m_types;
    QHash<Id, QString> m_departmentNames;
    PersonRepository m_persons;
    QHash<Id, QString> m_names;
};

} // namespace tavle
