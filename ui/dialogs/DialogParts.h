#pragma once

#include "storage/PersonRepository.h"
#include "storage/PlacementRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

class QComboBox;
class QDateEdit;
class QLabel;
class QWidget;

namespace tavle::ui {

/// Pieces the people dialogs share, so that they look and behave alike.
class DialogParts
{
    Q_DECLARE_TR_FUNCTIONS(DialogParts)

public:
    /// A date as the window writes it: dd-MM-yyyy.
    static QString dateText(const QDate& date);
    /// A date field in dd-MM-yyyy with a calendar popup, as wide as a date.
    static QDateEdit* dateEdit(const QString& objectName, QWidget* parent);
    /// The red label a dialog shows a refused save in; hidden until showError().
    static QLabel* errorLabel(QWidget* parent);
    /// Shows `message` in an error label and moves the focus to the field to correct.
    static void showError(QLabel* label, const QString& message, QWidget* field = nullptr);
    /// A large bold label for a dialog's subject (a trainee's name).
    static QLabel* headline(const QString& text, QWidget* parent);
    /// Two lines on a placement: level and department, then its period.
    static QLabel* placementSummary(const PlacementView& placement, QWidget* parent);

    /// Fills a main-supervisor chooser: "(none)" first, then the supervisors in Danish order
    /// with their current load. A current main supervisor missing from the list (from another
    /// department, or whose role has ended) is added, so that keeping them is a choice too.
    static void fillSupervisors(QComboBox* combo, QList<SupervisorLoad> supervisors, Id current = 0,
                                const QString& currentName = {});
    /// The person chosen in a combo filled by fillSupervisors(); 0 for none.
    static Id chosenSupervisor(const QComboBox* combo);
    /// The supervisor's name alone, without the load that fillSupervisors() adds.
    static QString chosenSupervisorName(const QComboBox* combo);
};

} // namespace tavle::ui
