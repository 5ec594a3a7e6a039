#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>
#include <memory>

namespace tavle {
class ChangeWatcher;
}

namespace tavle::ui {

class Session;

/// Keeps the open views current when someone else changes the database (another Tavle on the
/// same server or file, or tavle-cli): the views reload through Session::notifyChanged().
/// Never while the user is editing: with a dialog open or an editor open in a table, the
/// reload waits until it is closed, so nothing typed is lost. A save from what the user read
/// is still checked by the core (row versions), so a change that came in meanwhile is never
/// overwritten.
class LiveRefresh : public QObject
{
    Q_OBJECT

public:
    explicit LiveRefresh(Session& session, QObject* parent = nullptr);
    ~LiveRefresh() override;

    /// How often a SQLite file is asked for changes (the server tells by itself).
    void setPollInterval(int milliseconds) { m_pollMilliseconds = milliseconds; }
    /// Whether a reload is waiting for the user to finish an edit.
    bool isPending() const { return m_pending; }

signals:
    /// The views were reloaded because of others' changes (`tables` where the engine says).
    void refreshed(const QStringList& tables);

private:
    void watch();
    void changed(const QStringList& tables);
    void refreshWhenIdle();
    static bool userIsEditing();

    Session& m_session;
    std::unique_ptr<ChangeWatcher> m_watcher;
    QTimer m_retry;
    bool m_pending = false;
    QStringList m_tables;
    int m_pollMilliseconds = 1000;
};

} // namespace tavle::ui
