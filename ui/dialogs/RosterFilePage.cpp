#include "RosterFilePage.h"

#include "RosterImport.h"
#include "widgets/MessageBar.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace tavle::ui {

RosterFilePage::RosterFilePage(RosterImport& import, QWidget* parent)
    : QWizardPage(parent), m_import(import)
{
    setTitle(tr("Choose the roster"));
    setSubTitle(tr("The roster is the department's list of trainees and their placements, as HR "
                   "sends it."));

    auto* layout = new QVBoxLayout(this);
    auto* explanation = new QLabel(
        tr("<p>Tavle reads the roster as a CSV file. In Excel, choose <b>Save As</b> and the "
           "type <b>CSV (semicolon separated)</b>.</p>"
           "<p>The first row names the columns, in any order:</p>"
           "<ul><li>required: <b>Navn</b> (the trainee), <b>Uddannelsestrin</b> (the level: "
           "KBU, intro or HU), <b>Afdeling</b> (the department) and <b>Startdato</b> (the "
           "start of the placement);</li>"
           "<li>optional: <b>Slutdato</b> (the end), <b>Hovedvejleder</b> (the main "
           "supervisor) and <b>Email</b>.</li></ul>"
           "<p>Other columns are ignored. Dates may be written as dd-mm-yyyy, dd.mm.yyyy, "
           "dd/mm/yyyy or yyyy-mm-dd. Trainees and placements already in Tavle are updated, "
           "not duplicated.</p>"),
        this);
    explanation->setObjectName(QStringLiteral("explanation"));
    explanation->setTextFormat(Qt::RichText);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    auto* label = new QLabel(tr("Roster &file:"), this);
    layout->addWidget(label);
    auto* row = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("path"));
    m_path->setPlaceholderText(tr("The path of a .csv file"));
    m_path->setAccessibleName(tr("Roster file"));
    m_path->setClearButtonEnabled(true);
    label->setBuddy(m_path);
    row->addWidget(m_path, 1);
    m_browse = new QPushButton(tr("B&rowse..."), this);
    m_browse->setObjectName(QStringLiteral("browse"));
    m_browse->setAutoDefault(false); // Enter in the path field means Next
    row->addWidget(m_browse);
    layout->addLayout(row);

    m_message = new MessageBar(this);
    layout->addWidget(m_message);
    layout->addStretch(1);

    connect(m_browse, &QPushButton::clicked, this, &RosterFilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_message->hide();
        emit completeChanged();
    });
}

void RosterFilePage::setPath(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

QString RosterFilePage::path() const
{
    QString text = m_path->text().trimmed();
    // A path pasted with quotes (Windows' "Copy as path") or a file dropped as a URL.
    if (text.size() >= 2 && text.startsWith(QLatin1Char('"')) && text.endsWith(QLatin1Char('"')))
        text = text.mid(1, text.size() - 2).trimmed();
    if (text.startsWith(QLatin1String("file:")))
        text = QUrl(text).toLocalFile();
    return QDir::fromNativeSeparators(text);
}

bool RosterFilePage::isComplete() const
{
    return !path().isEmpty();
}

void RosterFilePage::browse()
{
    QString folder = QFileInfo(path()).absolutePath();
    if (path().isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString chosen = QFileDialog::getOpenFileName(
        this, tr("Choose the roster"), folder,
        tr("CSV files (*.csv *.txt)") + QStringLiteral(";;") + tr("All files (*)"));
    if (!chosen.isEmpty())
        setPath(chosen);
    m_path->setFocus();
}

bool RosterFilePage::validatePage()
{
    const QString file = path();
    const QString shown = QDir::toNativeSeparators(file);
    if (QFileInfo(file).isDir()) {
        m_message->showError(tr("%1 is a folder. Choose the roster file in it.").arg(shown));
        return false;
    }
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        m_message->showError(tr("Cannot read %1: %2. Check the file name and that you may read "
                                "it.")
                                 .arg(shown, input.errorString()));
        return false;
    }
    ParsedRoster roster = RosterParser::parse(input.readAll());
    input.close();
    if (roster.fileRejected) {
        QStringList reasons;
        for (const FileProblem& p : roster.problems) {
            reasons << (p.line > 0 ? tr("line %1: %2").arg(p.line).arg(p.message) : p.message);
        }
        m_message->showError(tr("%1 cannot be read as a roster: %2.")
                                 .arg(shown, reasons.join(QStringLiteral("; "))));
        return false;
    }
    m_message->hide();
    m_import.path = file;
    m_import.roster = std::move(roster);
    m_import.result.reset();
    m_import.skippedInvalid = false;
    return true;
}

} // namespace tavle::ui
