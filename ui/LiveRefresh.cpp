#include "LiveRefresh.h"

#include "Session.h"
#include "storage/ChangeWatcher.h"

#include <QAbstractItemView>
#include <QApplication>

namespace tavle::ui {

LiveRefresh::LiveRefresh(Session& session, QObject* parent) : QObject(parent), m_session(session)
{
    m_retry.setInterval(500);
    connect(&m_retry, &QTimer::timeout, this, &LiveRefresh::refreshWhenIdle);
    connect(&m_session, &Session::databaseOpened, this, &LiveRefresh::watch);
    if (m_session.isOpen())
        watch();
}

LiveRefresh::~LiveRefresh() = default;

void LiveRefresh::watch()
{
    m_watcher.reset();
    m_pending = false;
    m_tables.clear();
    m_retry.stop();
    if (!m_session.isOpen())
        return;
    m_watcher = std::make_unique<ChangeWatcher>(m_session.database());
    connect(m_watcher.get(), &ChangeWatcher::changedElsewhere, this, &LiveRefresh::changed);
    if (const Status started = m_watcher->start(m_pollMilliseconds); !started) {
        // The window works without it; the user reloads by hand (F5).
        m_watcher.reset();
        m_session.report(started.error());
    }
}

void LiveRefresh::changed(const QStringList& tables)
{
    for (const QString& table : tables) {
        if (!m_tables.contains(table))
            m_tables << table;
    }
    m_pending = true;
    refreshWhenIdle();
}

void LiveRefresh::refreshWhenIdle()
{
    if (!m_pending)
        return;
    if (userIsEditing()) {
        m_retry.start();
        return;
    }
    m_retry.stop();
    m_pending = false;
    const QStringList tables = m_tables;
    m_tables.clear();
    m_session.notifyChanged();
    emit refreshed(tables);
}

bool LiveRefresh::userIsEditing()
{
    if (QApplication::activeModalWidget() || QApplication::activePopupWidget())
        return true;
    // An editor open in a table: the focus is on a widget inside an item view's viewport,
    // not on the view itself.
    QWidget* focus = QApplication::focusWidget();
    for (QWidget* w = focus; w; w = w->parentWidget()) {
        if (auto* view = qobject_cast<QAbstractItemView*>(w))
            return focus != view && focus != view->viewport();
    }
    return false;
}

} // namespace tavle::ui
