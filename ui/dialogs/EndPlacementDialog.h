#pragma once

#include "storage/PlacementRepository.h"

#include <QDialog>

class QDateEdit;
class QLabel;

namespace tavle::ui {

class Session;

/// Ends a placement: asks for its last day (today unless the placement starts later) and
/// pushes one undoable change. A refused save keeps the dialog open with the reason.
class EndPlacementDialog : public QDialog
{
    Q_OBJECT

public:
    EndPlacementDialog(Session& session, PlacementView placement, QWidget* parent = nullptr);

    QDateEdit* endDateEdit() { return m_end; }
    QLabel* errorLabel() { return m_error; }

    void accept() override;

private:
    Session& m_session;
    PlacementView m_view;
    QDateEdit* m_end;
    QLabel* m_error;
};

} // namespace tavle::ui
