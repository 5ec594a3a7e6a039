#include "AssignSupervisorDialog.h"

#include "Session.h"
#include "commands/ChangeCommand.h"
#include "dialogs/DialogParts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace tavle::ui {

Result<AssignSupervisorDialog*>
AssignSupervisorDialog::create(Session& session, const PlacementView& placement, QWidget* parent)
{
    auto supervisors = PersonRepository(session.database())
                           .supervisors(placement.placement.departmentId, session.today());
    if (!supervisors)
        return supervisors.error();
    return new AssignSupervisorDialog(session, placement, std::move(supervisors).value(), parent);
}

AssignSupervisorDialog::AssignSupervisorDialog(Session& session, PlacementView placement,
                                               QList<SupervisorLoad> supervisors, QWidget* parent)
    : QDialog(parent), m_session(session), m_view(std::move(placement))
{
    setObjectName(QStringLiteral("assignSupervisorDialog"));
    setWindowTitle(tr("Main supervisor: %1").arg(m_view.traineeName));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(DialogParts::headline(m_view.traineeName, this));
    const Placement& p = m_view.placement;
    layout->addWidget(DialogParts::placementSummary(m_view, this));

    auto* form = new QFormLayout;
    m_supervisor = new QComboBox(this);
    m_supervisor->setObjectName(QStringLiteral("supervisor"));
    m_supervisor->setAccessibleName(tr("Main supervisor"));
    DialogParts::fillSupervisors(m_supervisor, std::move(supervisors), p.mainSupervisorId,
                                 m_view.supervisorName);
    auto* label = new QLabel(tr("&Main supervisor:"), this);
    label->setBuddy(m_supervisor);
    form->addRow(label, m_supervisor);
    layout->addLayout(form);

    m_error = DialogParts::errorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AssignSupervisorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AssignSupervisorDialog::reject);
    layout->addWidget(buttons);
    m_supervisor->setFocus(Qt::OtherFocusReason);
    resize(std::max(420, sizeHint().width()), sizeHint().height());
}

void AssignSupervisorDialog::setSupervisor(Id personId)
{
    m_supervisor->setCurrentIndex(m_supervisor->findData(personId));
}

void AssignSupervisorDialog::accept()
{
    m_error->hide();
    const Id chosen = DialogParts::chosenSupervisor(m_supervisor);
    if (chosen == m_view.placement.mainSupervisorId) {
        QDialog::accept();
        return;
    }
    Placement after = m_view.placement;
    after.mainSupervisorId = chosen;
    const QString text =
        chosen ? tr("%1 as main supervisor of %2")
                     .arg(DialogParts::chosenSupervisorName(m_supervisor), m_view.traineeName)
               : tr("removal of the main supervisor of %1").arg(m_view.traineeName);
    auto command = std::make_unique<ChangeCommand>(m_session, text);
    command->add(std::make_unique<PlacementChange>(m_view.placement, after));
    if (const auto pushed = pushChange(m_session, std::move(command)); !pushed) {
        DialogParts::showError(m_error, pushed.errorMessage());
        return;
    }
    QDialog::accept();
}

} // namespace tavle::ui
