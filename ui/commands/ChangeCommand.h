#pragma once

#include "commands/Changes.h"

#include <QUndoCommand>
#include <memory>
#include <optional>
#include <vector>

namespace tavle::ui {

class Session;

/// An undoable edit made of one or more changes, applied in order and taken back in reverse.
/// When a step fails (a rule, or someone else changed the row), the steps already made are
/// taken back and the command marks itself obsolete so that the undo stack drops it: nothing
/// is left half-done and the stack never lies about the data. A failure of the first step is
/// returned by pushChange() to the dialog that asked; a failed undo or redo is reported by the
/// session.
class ChangeCommand : public QUndoCommand
{
public:
    /// `text` is a noun phrase that reads after "Undo" and "Redo": "new trainee Anna Berg".
    ChangeCommand(Session& session, const QString& text);
    void add(std::unique_ptr<Change> change);
    bool isEmpty() const { return m_changes.empty(); }

    void redo() override;
    void undo() override;

private:
    friend Status pushChange(Session& session, std::unique_ptr<ChangeCommand> command);
    void fail(const Error& error);

    Session& m_session;
    std::vector<std::unique_ptr<Change>> m_changes;
    bool m_firstRedo = true;
    /// Outlives the command: the stack deletes a command refused on its first step.
    std::shared_ptr<std::optional<Error>> m_firstError;
};

/// Pushes a command onto the session's undo stack, which makes its change. Returns why it was
/// refused (the command is then dropped and nothing was written).
Status pushChange(Session& session, std::unique_ptr<ChangeCommand> command);

} // namespace tavle::ui
