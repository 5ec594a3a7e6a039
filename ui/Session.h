#pragma once

#include "Result.h"
#include "domain/Entities.h"
#include "storage/Database.h"

#include <QObject>
#include <QUndoStack>
#include <memory>

namespace tavle::ui {

class Clock;

/// The open database and what every workspace shares: the date, the chosen department and the
/// undo stack. Views reload on dataChanged(); edits go through undo commands that write with
/// the core's services and then call notifyChanged().
class Session : public QObject
{
    Q_OBJECT

public:
    explicit Session(Clock* clock, QObject* parent = nullptr);
    ~Session() override;

    /// Opens (creating or upgrading when asked) another database in place of the current
    /// one. On failure the current database stays open and the error says why. A server's
    /// `password` is used for this connection only and not kept.
    Status open(const QString& location, Database::OpenMode mode, const QString& password = {});
    bool isOpen() const { return m_database != nullptr; }
    /// Precondition: isOpen().
    Database& database() { return *m_database; }
    QString location() const { return m_database ? m_database->location() : QString(); }

    Clock& clock() { return *m_clock; }
    QDate today() const;
    QUndoStack* undoStack() { return &m_undoStack; }

    /// The department the workspaces show; 0 for all departments.
    Id departmentId() const { return m_departmentId; }
    void setDepartmentId(Id departmentId);
    /// The departments of the open database, by name; empty when none is open.
    Result<QList<Department>> departments();
    /// Whether the database holds no department yet (a first run).
    bool isEmpty();

    /// The built-in expectation-meeting type of the open database.
    Result<MeetingType> expectationType();

    /// Tells the views that the database changed.
    void notifyChanged();
    /// Shows a failure in the window.
    void report(const Error& error);

signals:
    void databaseOpened();
    void dataChanged();
    void departmentChanged(tavle::Id departmentId);
    void todayChanged(const QDate& today);
    void errorReported(const QString& message);
    /// Someone else changed what the user worked on (an error of kind Conflict).
    void conflictReported(const QString& message);

private:
    Clock* m_clock;
    std::unique_ptr<Database> m_database;
    QUndoStack m_undoStack;
    Id m_departmentId = 0;
    std::optional<MeetingType> m_expectationType;
};

} // namespace tavle::ui
