#pragma once

#include "storage/PersonRepository.h"
#include "storage/PlacementRepository.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace tavle::ui {

class Session;

/// A quick chooser of a placement's main supervisor among the supervisors of its department
/// (with their load), or none. Pushes one undoable change; a refused save keeps the dialog
/// open with the reason.
class AssignSupervisorDialog : public QDialog
{
    Q_OBJECT

public:
    /// Reads the department's supervisors; an error when the database cannot be read.
    static Result<AssignSupervisorDialog*> create(Session& session, const PlacementView& placement,
                                                  QWidget* parent);

    QComboBox* supervisorCombo() { return m_supervisor; }
    QLabel* errorLabel() { return m_error; }
    void setSupervisor(Id personId);

    void accept() override;

private:
    AssignSupervisorDialog(Session& session, PlacementView placement,
                           QList<SupervisorLoad> supervisors, QWidget* parent);

    Session& m_session;
    PlacementView m_view;
    QComboBox* m_supervisor;
    QLabel* m_error;
};

} // namespace tavle::ui
