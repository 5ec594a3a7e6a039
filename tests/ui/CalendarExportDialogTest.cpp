// File > Export calendar, driven as a user would: the dialog opened from the window, filled
// in, and the file it writes read back by libical.

#include "dialogs/CalendarExportDialog.h"

#include "services/SeriesEditing.h"
#include "storage/DepartmentRepository.h"
#include "storage/MeetingTypeRepository.h"
#include "support/CatchQt.h"
#include "support/GuiHelpers.h"
#include "support/WindowFixture.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <libical/ical.h>

using namespace tavle;
using namespace tavle::ui;

namespace {

// Today is Wednesday 10-03-2027.
const QByteArray kRoster =
    "Navn;Uddannelsestrin;Afdeling;Startdato;Slutdato;Hovedvejleder\n"
    "Anna Berg;KBU;Akutafdelingen;01-02-2027;;Mette Holm\n"        // due 15-02: overdue
    "Bo Dahl;HU;Akutafdelingen;15-02-2027;;Mette Holm\n"           // due 15-03
    "Carl Ebbe;HU;Akutafdelingen;01-03-2027;;\n"                   // due 29-03
    "Dorte Friis;KBU;Neurologisk afdeling;01-04-2027;;Ole Vang\n"; // due 15-04

/// A weekly Ventil series in the emergency department, made from a second connection as
/// another Tavle would.
void addSeries(WindowFixture& f)
{
    auto db = f.otherConnection();
    Id emergency = 0;
    for (const Department& d : DepartmentRepository(*db).all().value()) {
        if (d.name == "Akutafdelingen")
            emergency = d.id;
    }
    MeetingSeries series;
    series.meetingTypeId = MeetingTypeRepository(*db).byCode("ventil").value()->id;
    series.departmentId = emergency;
    series.title = "Ventil";
    series.startDate = QDate(2027, 3, 2);
    series.startTime = QTime(14, 50);
    series.durationMinutes = 34;
    REQUIRE(SeriesEditing::save(*db, series).ok());
}

/// The events of a calendar file, as libical reads them: UID and the alarm's trigger.
QMap<QString, QString> eventsIn(const QString& path)
{
    const QByteArray text = fileBytes(path);
    REQUIRE_FALSE(text.isEmpty());
    icalcomponent* calendar = icalparser_parse_string(text.constData());
    REQUIRE(calendar != nullptr);
    QMap<QString, QString> events;
    for (icalcomponent* e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); e;
         e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
        QString trigger;
        if (icalcomponent* alarm = icalcomponent_get_first_component(e, ICAL_VALARM_COMPONENT)) {
            trigger = QString::fromUtf8(icaldurationtype_as_ical_string(
                icalproperty_get_trigger(
                    icalcomponent_get_first_property(alarm, ICAL_TRIGGER_PROPERTY))
                    .duration));
        }
        const QString summary = QString::fromUtf8(icalcomponent_get_summary(e));
        events.insert(QString::fromUtf8(icalcomponent_get_uid(e)).section('-', 0, 0) + ": " +
                          summary,
                      trigger);
    }
    icalcomponent_free(calendar);
    return events;
}

} // namespace

TEST_CASE("calendar export dialog: exports the chosen department with its reminders")
{
    WindowFixture f(kRoster);
    addSeries(f);
    const QString path = f.dir.filePath("kalender.ics");
    bool answered = false;
    whenModal<CalendarExportDialog>([&](CalendarExportDialog* dialog) {
        // The defaults: Documents/tavle.ics, every department, a day and 15 minutes ahead, no
        // notes.
        CHECK(dialog->pathEdit()->text() == CalendarExportDialog::defaultPath());
        CHECK(dialog->pathEdit()->text().endsWith("tavle.ics"));
        CHECK(dialog->departmentCombo()->currentData().toLongLong() == 0);
        CHECK(dialog->departmentCombo()->count() == 3);
        CHECK(dialog->deadlineReminderSpin()->value() == 1);
        CHECK(dialog->meetingReminderSpin()->value() == 15);
        CHECK_FALSE(dialog->includeNotesCheck()->isChecked());
        CHECK(dialog->resultLabel()->isHidden());

        dialog->pathEdit()->setText(path);
        dialog->departmentCombo()->setCurrentIndex(
            dialog->departmentCombo()->findText("Akutafdelingen"));
        dialog->meetingReminderSpin()->setValue(30);
        dialog->exportButton()->click();
        CHECK(dialog->errorLabel()->isHidden());
        CHECK(dialog->isVisible()); // it stays open and says where the file is
        CHECK(dialog->resultLabel()->isVisible());
        CHECK(dialog->resultLabel()->text().contains(QDir::toNativeSeparators(path)));
        CHECK(dialog->resultLabel()->text().contains("Events: 4"));
        answered = true;
        dialog->reject();
    });
    f.window->exportCalendarAction()->trigger();
    REQUIRE(answered);

    // Anna Berg's deadline is overdue: in the calendar, without a reminder that has passed.
    const QMap<QString, QString> expected{
        {"deadline: Expectation meeting due: Anna Berg", ""},
        {"deadline: Expectation meeting due: Bo Dahl", "-P1D"},
        {"deadline: Expectation meeting due: Carl Ebbe", "-P1D"},
        {"series: Ventil", "-PT30M"},
    };
    CHECK(eventsIn(path) == expected);
}

TEST_CASE("calendar export dialog: a path that cannot be written is named inline")
{
    WindowFixture f(kRoster);
    const QString blocker = f.dir.filePath("a-file");
    writeFile(blocker, "not a folder");
    const QString impossible = blocker + "/tavle.ics";
    // The department the window shows is the one exported unless another is chosen.
    for (const Department& d : f.session->departments().value()) {
        if (d.name == "Neurologisk afdeling")
            f.session->setDepartmentId(d.id);
    }
    bool answered = false;
    whenModal<CalendarExportDialog>([&](CalendarExportDialog* dialog) {
        CHECK(dialog->departmentCombo()->currentText() == "Neurologisk afdeling");
        dialog->pathEdit()->setText("  ");
        dialog->exportButton()->click();
        CHECK(dialog->errorLabel()->isVisible());
        CHECK(dialog->errorLabel()->text().contains("Choose the file"));

        dialog->pathEdit()->setText(impossible);
        dialog->exportButton()->click();
        CHECK(dialog->isVisible());
        CHECK(dialog->errorLabel()->isVisible());
        CHECK(dialog->errorLabel()->text().contains(impossible));
        CHECK(dialog->resultLabel()->isHidden());
        CHECK(dialog->focusWidget() == dialog->pathEdit()); // to correct it
        answered = true;
        dialog->reject();
    });
    f.window->exportCalendarAction()->trigger();
    REQUIRE(answered);
    CHECK_FALSE(QFileInfo::exists(impossible));
    CHECK(fileBytes(blocker) == "not a folder");
}
