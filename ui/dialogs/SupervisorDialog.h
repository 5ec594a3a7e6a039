#pragma once

#include "storage/PersonRepository.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace tavle::ui {

class Session;

/// Adds a supervisor to the window's department from today: a new person, or the person
/// already known by the e-mail address. Pushes one undoable change; a refused save keeps the
/// dialog open with the reason, naming the field.
class SupervisorDialog : public QDialog
{
    Q_OBJECT

public:
    /// Precondition: a department is chosen in the session. An error when the database cannot
    /// be read.
    static Result<SupervisorDialog*> create(Session& session, QWidget* parent);

    QLineEdit* nameEdit() { return m_name; }
    QLineEdit* emailEdit() { return m_email; }
    QLabel* errorLabel() { return m_error; }

    void accept() override;

private:
    SupervisorDialog(Session& session, Department department, QList<Person> current,
                     QWidget* parent);
    /// A supervisor of the department who is the person asked for (same e-mail address, or
    /// the same name where neither has an address), if any.
    const Person* alreadySupervisor(const Person& person) const;

    Session& m_session;
    Department m_department;
    QList<Person> m_current; ///< who holds the supervisor role in the department today
    QLineEdit* m_name;
    QLineEdit* m_email;
    QLabel* m_error;
};

} // namespace tavle::ui
