#include "SupervisorDialog.h"

#include "Session.h"
#include "commands/ChangeCommand.h"
#include "dialogs/DialogParts.h"
#include "services/PeopleEditing.h"
#include "storage/RoleAssignmentRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QVBoxLayout>

namespace tavle::ui {

Result<SupervisorDialog*> SupervisorDialog::create(Session& session, QWidget* parent)
{
    const Id departmentId = session.departmentId();
    const auto departments = session.departments();
    if (!departments)
        return departments.error();
    Department department;
    for (const Department& d : departments.value()) {
        if (d.id == departmentId)
            department = d;
    }
    if (!department.id)
        return Error::invalidInput(tr("Choose a department first."));

    const QDate today = session.today();
    const auto roles = RoleAssignmentRepository(session.database())
                           .heldOn(TeamRole::Supervisor, departmentId, today);
    if (!roles)
        return roles.error();
    QSet<Id> holders;
    for (const RoleAssignment& r : roles.value())
        holders.insert(r.personId);
    const auto loads = PersonRepository(session.database()).supervisors(departmentId, today);
    if (!loads)
        return loads.error();
    QList<Person> current;
    for (const SupervisorLoad& s : loads.value()) {
        if (holders.contains(s.person.id))
            current << s.person;
    }
    return new SupervisorDialog(session, department, current, parent);
}

SupervisorDialog::SupervisorDialog(Session& session, Department department, QList<Person> current,
                                   QWidget* parent)
    : QDialog(parent), m_session(session), m_department(std::move(department)),
      m_current(std::move(current))
{
    setObjectName(QStringLiteral("supervisorDialog"));
    setWindowTitle(tr("New supervisor"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The supervisor can be main supervisor of trainees in %1 from "
                                "today, %2.")
                                 .arg(m_department.name, DialogParts::dateText(m_session.today())),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setAccessibleName(tr("Name"));
    auto* nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setAccessibleName(tr("E-mail"));
    m_email->setPlaceholderText(tr("name@example.dk (optional)"));
    auto* emailLabel = new QLabel(tr("&E-mail:"), this);
    emailLabel->setBuddy(m_email);
    form->addRow(emailLabel, m_email);
    layout->addLayout(form);

    m_error = DialogParts::errorLabel(this);
    layout->addWidget(m_error);
    layout->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SupervisorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SupervisorDialog::reject);
    layout->addWidget(buttons);
    m_name->setFocus(Qt::OtherFocusReason);
    resize(std::max(440, sizeHint().width()), sizeHint().height());
}

const Person* SupervisorDialog::alreadySupervisor(const Person& person) const
{
    const QString name = person.name.toCaseFolded();
    for (const Person& p : m_current) {
        if (!person.email.isEmpty() ? p.email == person.email
                                    : p.email.isEmpty() && p.name.toCaseFolded() == name)
            return &p;
    }
    return nullptr;
}

void SupervisorDialog::accept()
{
    m_error->hide();
    Person person;
    person.name = m_name->text().simplified();
    person.email = m_email->text().trimmed().toLower();
    if (const auto valid = PeopleEditing::validatePerson(person); !valid) {
        DialogParts::showError(m_error, valid.errorMessage(),
                               person.name.isEmpty() ? m_name : m_email);
        return;
    }
    if (const Person* known = alreadySupervisor(person)) {
        DialogParts::showError(
            m_error, tr("%1 is already a supervisor in %2.").arg(known->name, m_department.name),
            person.email.isEmpty() ? m_name : m_email);
        return;
    }
    auto command =
        std::make_unique<ChangeCommand>(m_session, tr("new supervisor %1").arg(person.name));
    command->add(std::make_unique<AddSupervisorChange>(person, m_department.id, m_session.today()));
    if (const auto pushed = pushChange(m_session, std::move(command)); !pushed) {
        DialogParts::showError(m_error, pushed.errorMessage());
        return;
    }
    QDialog::accept();
}

} // namespace tavle::ui
