#include "EndPlacementDialog.h"

#include "Session.h"
#include "commands/ChangeCommand.h"
#include "dialogs/DialogParts.h"
#include "services/PeopleEditing.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace tavle::ui {

EndPlacementDialog::EndPlacementDialog(Session& session, PlacementView placement, QWidget* parent)
    : QDialog(parent), m_session(session), m_view(std::move(placement))
{
    setObjectName(QStringLiteral("endPlacementDialog"));
    setWindowTitle(tr("End placement: %1").arg(m_view.traineeName));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(DialogParts::headline(m_view.traineeName, this));
    const Placement& p = m_view.placement;
    layout->addWidget(DialogParts::placementSummary(m_view, this));

    auto* form = new QFormLayout;
    m_end = DialogParts::dateEdit(QStringLiteral("endDate"), this);
    m_end->setAccessibleName(tr("Last day of the placement"));
    m_end->setDate(std::max(m_session.today(), p.startDate));
    auto* label = new QLabel(tr("&Last day:"), this);
    label->setBuddy(m_end);
    form->addRow(label, m_end);
    layout->addLayout(form);

    m_error = DialogParts::errorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&End placement"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &EndPlacementDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EndPlacementDialog::reject);
    layout->addWidget(buttons);
    m_end->setFocus(Qt::OtherFocusReason);
    resize(std::max(460, sizeHint().width()), sizeHint().height());
}

void EndPlacementDialog::accept()
{
    m_error->hide();
    Placement after = m_view.placement;
    after.endDate = m_end->date();
    if (const auto valid = PeopleEditing::validatePlacement(after); !valid) {
        DialogParts::showError(m_error, valid.errorMessage(), m_end);
        return;
    }
    if (after.endDate == m_view.placement.endDate) {
        QDialog::accept();
        return;
    }
    auto command = std::make_unique<ChangeCommand>(
        m_session, tr("end of the placement of %1 on %2")
                       .arg(m_view.traineeName, DialogParts::dateText(after.endDate)));
    command->add(std::make_unique<PlacementChange>(m_view.placement, after));
    if (const auto pushed = pushChange(m_session, std::move(command)); !pushed) {
        DialogParts::showError(m_error, pushed.errorMessage());
        return;
    }
    QDialog::accept();
}

} // namespace tavle::ui
