#include "ChangeCommand.h"

#include "Session.h"

namespace tavle::ui {

ChangeCommand::ChangeCommand(Session& session, const QString& text)
    : QUndoCommand(text), m_session(session), m_firstError(std::make_shared<std::optional<Error>>())
{}

void ChangeCommand::add(std::unique_ptr<Change> change)
{
    m_changes.push_back(std::move(change));
}

void ChangeCommand::fail(const Error& error)
{
    setObsolete(true);
    m_session.notifyChanged();
    if (m_firstRedo)
        *m_firstError = error;
    else
        m_session.report(error);
}

void ChangeCommand::redo()
{
    Database& database = m_session.database();
    const QDate today = m_firstRedo ? m_session.today() : QDate();
    for (size_t done = 0; done < m_changes.size(); ++done) {
        const Status status = m_changes[done]->forward(database, today);
        if (!status) {
            for (size_t i = done; i-- > 0;)
                (void)m_changes[i]->backward(database);
            fail(status.error());
            m_firstRedo = false;
            return;
        }
    }
    m_firstRedo = false;
    m_session.notifyChanged();
}

void ChangeCommand::undo()
{
    Database& database = m_session.database();
    for (size_t i = m_changes.size(); i-- > 0;) {
        const Status status = m_changes[i]->backward(database);
        if (!status) {
            for (size_t j = i + 1; j < m_changes.size(); ++j)
                (void)m_changes[j]->forward(database, QDate());
            fail(status.error());
            return;
        }
    }
    m_session.notifyChanged();
}

Status pushChange(Session& session, std::unique_ptr<ChangeCommand> command)
{
    const auto firstError = command->m_firstError;
    session.undoStack()->push(command.release()); // runs redo(); drops a refused command
    if (!*firstError)
        return {};
    // Someone else changed the data first: besides the dialog's own message, the window
    // offers to reload (the message bar's Reload button).
    if ((*firstError)->kind == Error::Kind::Conflict)
        session.report(**firstError);
    return **firstError;
}

} // namespace tavle::ui
