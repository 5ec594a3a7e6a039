#include "TraineeDialog.h"

#include "Session.h"
#include "commands/ChangeCommand.h"
#include "dialogs/DialogParts.h"
#include "models/DeadlineBoardModel.h"
#include "services/PeopleEditing.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace tavle::ui {

Result<TraineeDialog*> TraineeDialog::createForNew(Session& session, QWidget* parent)
{
    const auto departments = session.departments();
    if (!departments)
        return departments.error();
    Id departmentId = session.departmentId();
    if (!departmentId && departments->size() == 1)
        departmentId = departments->first().id;
    QList<SupervisorLoad> supervisors;
    if (departmentId) {
        auto loads =
            PersonRepository(session.database()).supervisors(departmentId, session.today());
        if (!loads)
            return loads.error();
        supervisors = std::move(loads).value();
    }
    return new TraineeDialog(session, departments.value(), std::nullopt, departmentId,
                             std::move(supervisors), parent);
}

Result<TraineeDialog*> TraineeDialog::createForEdit(Session& session,
                                                    const PlacementView& placement, QWidget* parent)
{
    const auto departments = session.departments();
    if (!departments)
        return departments.error();
    auto supervisors = PersonRepository(session.database())
                           .supervisors(placement.placement.departmentId, session.today());
    if (!supervisors)
        return supervisors.error();
    return new TraineeDialog(session, departments.value(), placement,
                             placement.placement.departmentId, std::move(supervisors).value(),
                             parent);
}

TraineeDialog::TraineeDialog(Session& session, QList<Department> departments,
                             std::optional<PlacementView> original, Id departmentId,
                             QList<SupervisorLoad> supervisors, QWidget* parent)
    : QDialog(parent), m_session(session), m_departments(std::move(departments)),
      m_original(std::move(original)), m_supervisors(std::move(supervisors))
{
    setObjectName(QStringLiteral("traineeDialog"));
    setWindowTitle(isEditing() ? tr("Edit placement: %1").arg(m_original->traineeName)
                               : tr("New trainee"));
    buildForm(departmentId);
    resize(std::max(520, sizeHint().width()), sizeHint().height());
}

void TraineeDialog::buildForm(Id departmentId)
{
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [this, form](const QString& label, QWidget* field) {
        auto* text = new QLabel(label, this);
        text->setBuddy(field);
        form->addRow(text, field);
    };

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setAccessibleName(tr("Name"));
    addRow(tr("&Name:"), m_name);

    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setAccessibleName(tr("E-mail"));
    m_email->setPlaceholderText(tr("name@example.dk (optional)"));
    addRow(tr("&E-mail:"), m_email);

    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("level"));
    m_level->setAccessibleName(tr("Level"));
    for (const Level level : {Level::Kbu, Level::Intro, Level::Hu})
        m_level->addItem(DeadlineBoardModel::levelName(level), int(level));
    // No level is assumed for a new trainee: it decides the deadline of the expectation meeting.
    m_level->setPlaceholderText(tr("Choose a level"));
    m_level->setCurrentIndex(-1);
    addRow(tr("&Level:"), m_level);

    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("department"));
    m_department->setAccessibleName(tr("Department"));
    m_department->setPlaceholderText(tr("Choose a department"));
    for (const Department& d : m_departments)
        m_department->addItem(d.name, d.id);
    m_department->setCurrentIndex(m_department->findData(departmentId));
    m_department->setEnabled(!isEditing());
    if (isEditing())
        m_department->setToolTip(tr("A placement stays in its department."));
    addRow(tr("&Department:"), m_department);

    m_start = DialogParts::dateEdit(QStringLiteral("startDate"), this);
    m_start->setAccessibleName(tr("Start date"));
    addRow(tr("&Start date:"), m_start);

    auto* endRow = new QHBoxLayout;
    m_end = DialogParts::dateEdit(QStringLiteral("endDate"), this);
    m_end->setAccessibleName(tr("End date"));
    m_openEnded = new QCheckBox(tr("N&o end date yet"), this);
    m_openEnded->setObjectName(QStringLiteral("openEnded"));
    endRow->addWidget(m_end);
    endRow->addSpacing(8);
    endRow->addWidget(m_openEnded);
    endRow->addStretch(1);
    auto* endLabel = new QLabel(tr("En&d date:"), this);
    endLabel->setBuddy(m_end);
    form->addRow(endLabel, endRow);

    m_supervisor = new QComboBox(this);
    m_supervisor->setObjectName(QStringLiteral("supervisor"));
    m_supervisor->setAccessibleName(tr("Main supervisor"));
    addRow(tr("&Main supervisor:"), m_supervisor);
    layout->addLayout(form);

    if (m_original) {
        const PlacementView& v = *m_original;
        m_name->setText(v.traineeName);
        m_email->setText(v.traineeEmail);
        setLevel(v.placement.level);
        m_start->setDate(v.placement.startDate);
        m_end->setDate(v.placement.startDate.addMonths(6).addDays(-1));
        setEndDate(v.placement.endDate);
        DialogParts::fillSupervisors(m_supervisor, m_supervisors, v.placement.mainSupervisorId,
                                     v.supervisorName);
    } else {
        const QDate today = m_session.today();
        m_start->setDate(today);
        // A placement usually has a known end; half a year is the length of most.
        m_end->setDate(today.addMonths(6).addDays(-1));
        m_openEnded->setChecked(true);
        DialogParts::fillSupervisors(m_supervisor, m_supervisors);
        auto* hint = new QLabel(tr("A person already known by this e-mail address gets the new "
                                   "placement; no second person is made."),
                                this);
        hint->setWordWrap(true);
        hint->setEnabled(false); // the quieter colour of a hint
        layout->addWidget(hint);
    }
    updateEndDate();

    m_error = DialogParts::errorLabel(this);
    layout->addWidget(m_error);
    layout->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TraineeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TraineeDialog::reject);
    layout->addWidget(buttons);

    connect(m_openEnded, &QCheckBox::toggled, this, &TraineeDialog::updateEndDate);
    connect(m_department, &QComboBox::currentIndexChanged, this, &TraineeDialog::departmentChosen);
    m_name->setFocus(Qt::OtherFocusReason);
}

void TraineeDialog::setLevel(Level level)
{
    m_level->setCurrentIndex(m_level->findData(int(level)));
}

void TraineeDialog::setDepartment(Id departmentId)
{
    if (!isEditing())
        m_department->setCurrentIndex(m_department->findData(departmentId));
}

void TraineeDialog::setEndDate(const QDate& date)
{
    m_openEnded->setChecked(!date.isValid());
    if (date.isValid())
        m_end->setDate(date);
    updateEndDate();
}

void TraineeDialog::setSupervisor(Id personId)
{
    m_supervisor->setCurrentIndex(m_supervisor->findData(personId));
}

void TraineeDialog::updateEndDate()
{
    m_end->setEnabled(!m_openEnded->isChecked());
}

void TraineeDialog::departmentChosen()
{
    const Id departmentId = chosenDepartment();
    m_supervisors.clear();
    if (departmentId) {
        auto loads =
            PersonRepository(m_session.database()).supervisors(departmentId, m_session.today());
        if (!loads) {
            DialogParts::showError(m_error, loads.errorMessage());
            return;
        }
        m_supervisors = std::move(loads).value();
    }
    DialogParts::fillSupervisors(m_supervisor, m_supervisors);
}

Id TraineeDialog::chosenDepartment() const
{
    return m_department->currentIndex() < 0 ? 0 : m_department->currentData().toLongLong();
}

Person TraineeDialog::personAfter() const
{
    Person person;
    person.id = m_original ? m_original->placement.traineeId : 0;
    person.name = m_name->text().simplified();
    person.email = m_email->text().trimmed().toLower();
    return person;
}

Placement TraineeDialog::placementAfter() const
{
    Placement placement = m_original ? m_original->placement : Placement{};
    if (m_level->currentIndex() >= 0)
        placement.level = Level(m_level->currentData().toInt());
    placement.departmentId = chosenDepartment();
    placement.startDate = m_start->date();
    placement.endDate = m_openEnded->isChecked() ? QDate() : m_end->date();
    placement.mainSupervisorId = DialogParts::chosenSupervisor(m_supervisor);
    return placement;
}

void TraineeDialog::accept()
{
    m_error->hide();
    const Person person = personAfter();
    if (const auto valid = PeopleEditing::validatePerson(person); !valid) {
        DialogParts::showError(m_error, valid.errorMessage(),
                               person.name.isEmpty() ? m_name : m_email);
        return;
    }
    if (m_level->currentIndex() < 0) {
        DialogParts::showError(m_error, tr("Choose the level of the placement."), m_level);
        return;
    }
    const Placement placement = placementAfter();
    Placement checked = placement;
    if (!checked.traineeId)
        checked.traineeId = -1; // a new trainee gets an id only when the change is made
    if (const auto valid = PeopleEditing::validatePlacement(checked); !valid) {
        QWidget* field = m_end;
        if (!placement.departmentId)
            field = m_department;
        else if (!placement.startDate.isValid())
            field = m_start;
        DialogParts::showError(m_error, valid.errorMessage(), field);
        return;
    }
    if (isEditing())
        saveEdit(person, placement);
    else
        saveNew(person, placement);
}

void TraineeDialog::saveNew(const Person& person, const Placement& placement)
{
    auto change = std::make_unique<AddTraineeChange>(person, placement);
    const AddTraineeChange* added = change.get();
    auto command =
        std::make_unique<ChangeCommand>(m_session, tr("new trainee %1").arg(person.name));
    command->add(std::move(change));
    if (const auto pushed = pushChange(m_session, std::move(command)); !pushed) {
        DialogParts::showError(m_error, pushed.errorMessage());
        return;
    }
    // The command now lives on the undo stack, and the change with it.
    m_addedPlacementId = added->added() ? added->added()->placement.id : 0;
    QDialog::accept();
}

void TraineeDialog::saveEdit(const Person& person, const Placement& placement)
{
    const PlacementView& v = *m_original;
    const Person before{v.placement.traineeId, v.traineeName, v.traineeEmail};
    const bool personChanged = person.name != before.name || person.email != before.email;
    const Placement& was = v.placement;
    const bool placementChanged =
        placement.level != was.level || placement.startDate != was.startDate ||
        placement.endDate != was.endDate || placement.mainSupervisorId != was.mainSupervisorId;
    if (!personChanged && !placementChanged) {
        QDialog::accept();
        return;
    }
    auto command = std::make_unique<ChangeCommand>(
        m_session, tr("changes to the placement of %1").arg(v.traineeName));
    if (personChanged)
        command->add(std::make_unique<PersonChange>(before, person));
    if (placementChanged)
        command->add(std::make_unique<PlacementChange>(was, placement));
    if (const auto pushed = pushChange(m_session, std::move(command)); !pushed) {
        DialogParts::showError(m_error, pushed.errorMessage());
        return;
    }
    QDialog::accept();
}

} // namespace tavle::ui
