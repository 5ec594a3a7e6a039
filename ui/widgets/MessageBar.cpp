#include "MessageBar.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace tavle::ui {

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)),
      m_reload(new QPushButton(tr("&Reload"), this)), m_hideTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_icon);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text, 1);
    m_reload->setToolTip(tr("Read the data again as it is stored now"));
    m_reload->hide();
    layout->addWidget(m_reload, 0, Qt::AlignTop);
    connect(m_reload, &QPushButton::clicked, this, [this] {
        hide();
        emit reloadRequested();
    });
    auto* close = new QToolButton(this);
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Close the message"));
    close->setAccessibleName(tr("Close the message"));
    layout->addWidget(close);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    m_hideTimer->setSingleShot(true);
    m_hideTimer->setInterval(8000);
    connect(m_hideTimer, &QTimer::timeout, this, &QWidget::hide);
    hide();
}

void MessageBar::showError(const QString& text)
{
    present(text, true);
}

void MessageBar::showInfo(const QString& text)
{
    present(text, false);
}

void MessageBar::showConflict(const QString& text)
{
    present(text, true);
    m_reload->show();
}

QString MessageBar::text() const
{
    return m_text->text();
}

void MessageBar::present(const QString& text, bool error)
{
    m_error = error;
    m_reload->hide();
    m_text->setText(text);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(
        style()
            ->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxInformation)
            .pixmap(size, size));
    setStyleSheet(
        error ? QStringLiteral("#messageBar { background: #fde2e1; border: 1px solid "
                               "#e0a3a0; border-radius: 4px; } QLabel { color: #5c1010; }")
              : QStringLiteral("#messageBar { background: #e3f1e6; border: 1px solid "
                               "#a3cdb0; border-radius: 4px; } QLabel { color: #173d22; }"));
    setAccessibleDescription(text);
    show();
    if (error)
        m_hideTimer->stop();
    else
        m_hideTimer->start();
}

} // namespace tavle::ui
