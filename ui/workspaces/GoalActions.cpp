#include "GoalActions.h"

#include "GoalReport.h"
#include "GoalStyle.h"
#include "Session.h"
#include "commands/ChangeCommand.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace tavle::ui {

Status GoalActions::setStatus(Session& session, const Goal& goal, Id departmentId,
                              const QString& departmentName, GoalStatus status, const QString& note,
                              Id seenLatestId)
{
    NewGoalStatus s;
    s.goalId = goal.id;
    s.departmentId = departmentId;
    s.status = status;
    s.effectiveOn = session.today();
    s.note = note;
    s.setBy = session.database().userName();
    s.expectedLatestId = seenLatestId;
    auto command = std::make_unique<ChangeCommand>(
        session,
        tr("status %1 of goal %2 for %3").arg(GoalStyle::text(status), goal.code, departmentName));
    command->add(std::make_unique<SetGoalStatusChange>(s));
    return pushChange(session, std::move(command));
}

Status GoalActions::move(Session& session, const Goal& goal, int step, int places)
{
    auto command = std::make_unique<ChangeCommand>(
        session,
        step < 0 ? tr("goal %1 moved up").arg(goal.code) : tr("goal %1 moved down").arg(goal.code));
    command->add(std::make_unique<MoveGoalChange>(goal, step < 0 ? -1 : 1, places));
    return pushChange(session, std::move(command));
}

Result<bool> GoalActions::retire(Session& session, const Goal& goal, QWidget* parent)
{
    const QDate today = session.today();
    const auto answer = QMessageBox::question(
        parent, tr("Retire goal %1").arg(goal.code),
        tr("Retire goal %1 \"%2\" from today, %3?\n\nIt stops counting from today in every "
           "department; its history is kept. Edit the goal to choose another day.")
            .arg(goal.code, goal.title, today.toString(QStringLiteral("dd-MM-yyyy"))),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    Goal after = goal;
    after.retiredOn = today;
    auto command = std::make_unique<ChangeCommand>(session, tr("goal %1 retired").arg(goal.code));
    command->add(std::make_unique<GoalChange>(goal, after));
    if (const Status pushed = pushChange(session, std::move(command)); !pushed)
        return pushed.error();
    return true;
}

Status GoalActions::writeReport(const StrategySnapshot& snapshot, Id departmentId,
                                const QDate& today, const QString& path)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = GoalReport(snapshot, departmentId, today).writePdf(path);
    QApplication::restoreOverrideCursor();
    return written;
}

Result<QString> GoalActions::exportReport(const StrategySnapshot& snapshot, Id departmentId,
                                          const QString& departmentName, const QDate& today,
                                          QWidget* parent)
{
    const QString name =
        tr("goal status %1 %2.pdf").arg(departmentName, today.toString(Qt::ISODate));
    QString path = QFileDialog::getSaveFileName(
        parent, tr("Export goal status report"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return QString();
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    if (const Status written = writeReport(snapshot, departmentId, today, path); !written)
        return written.error();
    return path;
}

Status GoalActions::printReport(const StrategySnapshot& snapshot, Id departmentId,
                                const QString& departmentName, const QDate& today, QWidget* parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Goal status %1").arg(departmentName));
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return GoalReport(snapshot, departmentId, today).render(printer);
}

} // namespace tavle::ui
