#pragma once

#include "Result.h"
#include "domain/Strategy.h"
#include "storage/ActionItemRepository.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace tavle::ui {

class Session;

/// Changes an action item's text, owner, due date and the strategy goal it serves, as one
/// undoable change. A refused save
/// keeps the dialog open with the reason. Marking it done is the list's own action.
class ActionItemDialog : public QDialog
{
    Q_OBJECT

public:
    /// Reads the people an item can be given to; an error when the database cannot be read.
    static Result<ActionItemDialog*> create(Session& session, const ActionItemView& item,
                                            QWidget* parent);

    QLineEdit* textEdit() { return m_text; }
    QComboBox* ownerCombo() { return m_owner; }
    QCheckBox* dueCheck() { return m_hasDue; }
    QDateEdit* dueDateEdit() { return m_due; }
    /// The strategy goal it serves; hidden while the database holds no strategy.
    QComboBox* goalCombo() { return m_goal; }
    QLabel* errorLabel() { return m_error; }

    void accept() override;

private:
    ActionItemDialog(Session& session, ActionItemView item, QList<Person> people, QList<Goal> goals,
                     QWidget* parent);
    /// The owner chosen or typed: a person's id, 0 for nobody, nullopt when the text names
    /// nobody on the list.
    std::optional<Id> chosenOwner() const;

    Session& m_session;
    ActionItemView m_item;
    QLineEdit* m_text;
    QComboBox* m_owner;
    QCheckBox* m_hasDue;
    QDateEdit* m_due;
    QComboBox* m_goal;
    QLabel* m_error;
};

} // namespace tavle::ui
