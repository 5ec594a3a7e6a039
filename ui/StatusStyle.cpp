#include "StatusStyle.h"

namespace tavle::ui::StatusStyle {

QIcon icon(DeadlineStatus status)
{
    switch (status) {
    case DeadlineStatus::Overdue:
        return QIcon(QStringLiteral(":/icons/status-overdue.svg"));
    case DeadlineStatus::DueSoon:
        return QIcon(QStringLiteral(":/icons/status-due-soon.svg"));
    case DeadlineStatus::Upcoming:
        return QIcon(QStringLiteral(":/icons/status-upcoming.svg"));
    case DeadlineStatus::Held:
        return QIcon(QStringLiteral(":/icons/status-held.svg"));
    case DeadlineStatus::NoDeadline:
        return QIcon(QStringLiteral(":/icons/status-none.svg"));
    }
    return {};
}

QColor background(DeadlineStatus status)
{
    switch (status) {
    case DeadlineStatus::Overdue:
        return QColor(0xfd, 0xe2, 0xe1);
    case DeadlineStatus::DueSoon:
        return QColor(0xfe, 0xf0, 0xc7);
    case DeadlineStatus::Held:
        return QColor(0xdc, 0xf5, 0xe3);
    case DeadlineStatus::Upcoming:
    case DeadlineStatus::NoDeadline:
        break;
    }
    return {};
}

QColor foreground(DeadlineStatus status)
{
    switch (status) {
    case DeadlineStatus::Overdue:
        return QColor(0x9b, 0x1c, 0x1c);
    case DeadlineStatus::DueSoon:
        return QColor(0x7a, 0x4a, 0x00);
    case DeadlineStatus::Held:
        return QColor(0x1d, 0x5c, 0x2e);
    case DeadlineStatus::Upcoming:
    case DeadlineStatus::NoDeadline:
        break;
    }
    return {};
}

QColor warning()
{
    return QColor(0xa1, 0x4a, 0x00);
}

} // namespace tavle::ui::StatusStyle
