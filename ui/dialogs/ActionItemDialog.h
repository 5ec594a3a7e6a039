#pragma once

#include "Result.h"
#include "storage/ActionItemRepository.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace tavle::ui {

class Session;

/// Changes an action item's text, owner and due date, as one undoable change. A refused save
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
    QLabel* errorLabel() { return m_error; }

    void accept() override;

private:
    ActionItemDialog(Session& session, ActionItemView item, QList<Person> people, QWidget* parent);
    /// The owner chosen or typed: a person's id, 0 for nobody, nullopt when the text names
    /// nobody on the list.
    std::optional<Id> chosenOwner() const;

    Session& m_session;
    ActionItemView m_item;
    QLineEdit* m_text;
    QComboBox* m_owner;
    QCheckBox* m_hasDue;
    QDateEdit* m_due;
    QLabel* m_error;
};

} // namespace tavle::ui
