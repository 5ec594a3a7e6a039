#pragma once

#include "import/RosterImporter.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QRadioButton;
class QTableView;
class QWidget;

namespace tavle::ui {

class MessageBar;
class RosterPreviewModel;
class Session;
struct RosterImport;

/// The preview: every line of the file with what the import does on it, found by a dry run
/// against the open database (nothing is written), and every problem on its line. When some
/// lines have a problem the user chooses: import nothing and correct the file (the default,
/// as the import is all or nothing), or import only the valid rows. The page's Import button
/// runs the real import; Finish with "import nothing" just closes.
class RosterPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    /// What the page's button does.
    enum class Choice
    {
        ImportAll,      ///< no problems: import every row
        ImportNothing,  ///< problems: write nothing, so the file can be corrected
        ImportValidOnly ///< problems: import the valid rows, leave out the others
    };

    RosterPreviewPage(Session& session, RosterImport& import, QWidget* parent = nullptr);

    Choice choice() const;
    /// Chooses between ImportNothing and ImportValidOnly; ignored without problems.
    void setChoice(Choice choice);

    RosterPreviewModel* model() { return m_model; }
    QTableView* table() { return m_table; }
    QLabel* summaryLabel() { return m_summary; }
    QCheckBox* onlyProblemsBox() { return m_onlyProblems; }
    QRadioButton* importNothingButton() { return m_importNothing; }
    QRadioButton* importValidButton() { return m_importValid; }
    /// Shows a database failure of the preview or of the import.
    MessageBar* messageBar() { return m_message; }

    void initializePage() override;
    int nextId() const override;
    bool validatePage() override;

private:
    void showPreview(const ImportReport& preview);
    void updateChoice();
    void fitColumns();

    Session& m_session;
    RosterImport& m_import;
    bool m_previewed = false; ///< the dry run succeeded
    int m_validRows = 0;

    RosterPreviewModel* m_model = nullptr;
    QLabel* m_summary = nullptr;
    QCheckBox* m_onlyProblems = nullptr;
    QTableView* m_table = nullptr;
    QWidget* m_choiceBox = nullptr;
    QLabel* m_choiceText = nullptr;
    QRadioButton* m_importNothing = nullptr;
    QRadioButton* m_importValid = nullptr;
    QLabel* m_undoNote = nullptr;
    MessageBar* m_message = nullptr;
};

} // namespace tavle::ui
