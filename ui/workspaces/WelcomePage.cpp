#include "WelcomePage.h"

#include <QCommandLinkButton>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace tavle::ui {

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent), m_intro(nullptr), m_location(new QLabel(this))
{
    setObjectName(QStringLiteral("welcome"));
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto* column = new QWidget(this);
    // A fixed width, so that the wrapped texts get their full height (a widget placed with an
    // alignment only gets its size hint, which is too narrow for wrapped text).
    column->setFixedWidth(fontMetrics().averageCharWidth() * 80);
    auto* layout = new QVBoxLayout(column);

    auto* title = new QLabel(tr("Welcome to Tavle"), column);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setBold(true);
    title->setFont(font);
    layout->addWidget(title);
    m_intro = new QLabel(column);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    layout->addSpacing(12);

    auto* import = new QCommandLinkButton(
        tr("&Import a roster"),
        tr("Read the spreadsheet HR sends (CSV from Excel): trainees, levels, start dates and "
           "main supervisors. You see every change before anything is saved."),
        column);
    import->setObjectName(QStringLiteral("welcomeImport"));
    layout->addWidget(import);
    auto* department = new QCommandLinkButton(
        tr("&Add a department by hand"),
        tr("Start with an empty department and add trainees and supervisors one by one."), column);
    department->setObjectName(QStringLiteral("welcomeDepartment"));
    layout->addWidget(department);
    auto* demo = new QCommandLinkButton(
        tr("Open &demo data"),
        tr("Try Tavle on a separate database of invented trainees. Your own database is not "
           "touched."),
        column);
    demo->setObjectName(QStringLiteral("welcomeDemo"));
    layout->addWidget(demo);
    auto* open = new QCommandLinkButton(
        tr("&Open another database"),
        tr("Choose a Tavle database file, for example one a colleague shares with you."), column);
    open->setObjectName(QStringLiteral("welcomeOpen"));
    layout->addWidget(open);
    m_needDatabase = {import, department};
    layout->addSpacing(12);
    m_location->setWordWrap(true);
    m_location->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(m_location);

    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);

    connect(import, &QCommandLinkButton::clicked, this, &WelcomePage::importRequested);
    connect(department, &QCommandLinkButton::clicked, this, &WelcomePage::addDepartmentRequested);
    connect(demo, &QCommandLinkButton::clicked, this, &WelcomePage::demoRequested);
    connect(open, &QCommandLinkButton::clicked, this, &WelcomePage::openRequested);
    setDatabaseOpen(true);
}

void WelcomePage::setDatabaseOpen(bool open)
{
    const QString about = tr("Tavle keeps track of your department's trainees: every "
                             "expectation-meeting deadline, who is overdue, and who has no main "
                             "supervisor.");
    m_intro->setText(
        open ? tr("%1 This database is still empty. How do you want to begin?").arg(about)
             : tr("%1 No database is open. Open one, or try the demo data.").arg(about));
    for (QWidget* widget : m_needDatabase)
        widget->setEnabled(open);
}

void WelcomePage::setDatabaseLocation(const QString& location)
{
    m_location->setText(location.isEmpty() ? tr("No database is open.")
                                           : tr("Database: %1").arg(location));
}

} // namespace tavle::ui
