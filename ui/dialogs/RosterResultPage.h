#pragma once

#include <QWizardPage>

class QLabel;

namespace tavle::ui {

struct RosterImport;

/// The last page: what the import wrote. Reached only after the import succeeded.
class RosterResultPage : public QWizardPage
{
    Q_OBJECT

public:
    RosterResultPage(RosterImport& import, QWidget* parent = nullptr);

    QLabel* textLabel() { return m_text; }

    void initializePage() override;

private:
    RosterImport& m_import;
    QLabel* m_text = nullptr;
};

} // namespace tavle::ui
