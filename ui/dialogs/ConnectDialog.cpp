#include "ConnectDialog.h"

#include "dialogs/DialogParts.h"
#include "storage/ServerAddress.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace tavle::ui {

namespace {

QLineEdit* lineEdit(const QString& objectName, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    return edit;
}

/// The login name, which is also libpq's default user name.
QString loginName()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

} // namespace

ConnectDialog::ConnectDialog(const QStringList& recent, Connector connector, QWidget* parent)
    : QDialog(parent), m_connector(std::move(connector)), m_recent(new QListWidget(this)),
      m_host(lineEdit(QStringLiteral("host"), this)), m_port(new QSpinBox(this)),
      m_database(lineEdit(QStringLiteral("database"), this)),
      m_user(lineEdit(QStringLiteral("user"), this)),
      m_password(lineEdit(QStringLiteral("password"), this)), m_error(DialogParts::errorLabel(this))
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to server"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Open a shared Tavle database on a PostgreSQL server. The "
                                "server's administrator tells you its address and your user "
                                "name."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* recentLabel = new QLabel(tr("&Recent connections:"), this);
    recentLabel->setBuddy(m_recent);
    m_recent->setObjectName(QStringLiteral("recent"));
    m_recent->addItems(recent);
    if (!recent.isEmpty())
        m_recent->setMaximumHeight(m_recent->sizeHintForRow(0) * 5 + 2 * m_recent->frameWidth());
    layout->addWidget(recentLabel);
    layout->addWidget(m_recent);
    recentLabel->setVisible(!recent.isEmpty());
    m_recent->setVisible(!recent.isEmpty());

    auto* form = new QFormLayout;
    auto* hostRow = new QHBoxLayout;
    m_host->setPlaceholderText(QStringLiteral("db.hospital.local"));
    hostRow->addWidget(m_host, 1);
    auto* portLabel = new QLabel(tr("&Port:"), this);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    portLabel->setBuddy(m_port);
    hostRow->addWidget(portLabel);
    hostRow->addWidget(m_port);
    auto* hostLabel = new QLabel(tr("&Server:"), this);
    hostLabel->setBuddy(m_host);
    form->addRow(hostLabel, hostRow);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Optional (else from ~/.pgpass or PGPASSWORD)"));
    form->addRow(tr("Pass&word:"), m_password);
    layout->addLayout(form);
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    layout->addWidget(buttons);

    connect(m_recent, &QListWidget::currentTextChanged, this, &ConnectDialog::setLocation);
    // A double-click connects; Enter reaches the Connect button, so it does not connect twice.
    connect(m_recent, &QListWidget::itemDoubleClicked, this, &ConnectDialog::accept);
    if (recent.isEmpty()) {
        m_user->setText(loginName());
        m_host->setFocus(Qt::OtherFocusReason);
    } else {
        m_recent->setCurrentRow(0);
        m_recent->setFocus(Qt::OtherFocusReason);
    }
    setMinimumWidth(480);
}

std::optional<QString> ConnectDialog::askPassword(QWidget* parent, const QString& location,
                                                  const QString& problem)
{
    const auto address = ServerAddress::parse(location);
    QInputDialog prompt(parent);
    prompt.setObjectName(QStringLiteral("passwordPrompt"));
    prompt.setWindowTitle(tr("Password"));
    prompt.setInputMode(QInputDialog::TextInput);
    prompt.setTextEchoMode(QLineEdit::Password);
    prompt.setLabelText(problem + QStringLiteral("\n\n") +
                        tr("Password for %1:").arg(address ? address->user : location));
    // The problem names the server's whole address: wrap it rather than widen the prompt.
    if (auto* label = prompt.findChild<QLabel*>())
        label->setWordWrap(true);
    if (prompt.exec() != QDialog::Accepted)
        return std::nullopt;
    return prompt.textValue();
}

QLineEdit* ConnectDialog::missingField() const
{
    for (QLineEdit* field : {m_host, m_database, m_user}) {
        if (field->text().trimmed().isEmpty())
            return field;
    }
    return nullptr;
}

Result<QString> ConnectDialog::location() const
{
    const QLineEdit* missing = missingField();
    if (missing == m_host)
        return Error::invalidInput(tr("Fill in the server: its host name, for example "
                                      "db.hospital.local."));
    if (missing == m_database)
        return Error::invalidInput(tr("Fill in the name of the database on the server."));
    if (missing == m_user)
        return Error::invalidInput(tr("Fill in your user name on the server."));
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user->text().trimmed());
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    const QString text = url.toString();
    const auto address = ServerAddress::parse(text);
    if (!address || !url.isValid()) {
        return Error::invalidInput(tr("The server \"%1\" is not a host name Tavle can use. Write "
                                      "only its name or address, for example db.hospital.local.")
                                       .arg(m_host->text().trimmed()));
    }
    return address->displayLocation();
}

void ConnectDialog::setLocation(const QString& location)
{
    const auto address = ServerAddress::parse(location);
    if (!address)
        return;
    m_host->setText(address->host);
    m_port->setValue(address->port);
    m_database->setText(address->databaseName);
    m_user->setText(address->user);
    m_password->clear();
    m_error->hide();
}

void ConnectDialog::showProblem(const QString& message, QWidget* field)
{
    DialogParts::showError(m_error, message, field);
}

void ConnectDialog::accept()
{
    const auto chosen = location();
    if (!chosen) {
        QLineEdit* missing = missingField();
        showProblem(chosen.errorMessage(), missing ? missing : m_host);
        return;
    }
    const QString password = m_password->text();
    m_password->clear(); // held for this attempt only
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status connected = m_connector(chosen.value(), password);
    QApplication::restoreOverrideCursor();
    if (connected) {
        QDialog::accept();
        return;
    }
    if (connected.error().kind != Error::Kind::NeedsPassword) {
        showProblem(connected.errorMessage(), m_host);
        return;
    }
    const QString user = m_user->text().trimmed();
    showProblem(password.isEmpty()
                    ? tr("The server wants a password for %1. Type it in the password field "
                         "and connect again.")
                          .arg(user)
                    : connected.errorMessage(),
                m_password);
}

} // namespace tavle::ui
