#include "GoalStatusButtons.h"

#include "GoalStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace tavle::ui {

const GoalStatus GoalStatusButtons::kOrder[4] = {GoalStatus::Achieved, GoalStatus::InProgress,
                                                 GoalStatus::NotStarted, GoalStatus::NotApplicable};

GoalStatusButtons::GoalStatusButtons(QWidget* parent) : QWidget(parent), m_buttons{}
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(tr("Set status:"), this);
    layout->addWidget(label);
    const QString names[4] = {QStringLiteral("statusAchieved"), QStringLiteral("statusInProgress"),
                              QStringLiteral("statusNotStarted"),
                              QStringLiteral("statusNotApplicable")};
    for (int i = 0; i < 4; ++i) {
        const GoalStatus status = kOrder[i];
        auto* button = new QPushButton(GoalStyle::icon(status),
                                       tr("&%1 %2").arg(i + 1).arg(GoalStyle::text(status)), this);
        button->setObjectName(names[i]);
        button->setCheckable(true);
        button->setAccessibleName(tr("Set status %1").arg(GoalStyle::text(status)));
        button->setToolTip(tr("Key %1 in the goal list").arg(i + 1));
        connect(button, &QPushButton::clicked, this, [this, status, button] {
            button->setChecked(!button->isChecked()); // the reload shows the stored status
            emit statusChosen(status);
        });
        m_buttons[i] = button;
        layout->addWidget(button);
    }
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("statusNote"));
    m_note->setAccessibleName(tr("Note or evidence for the status"));
    m_note->setPlaceholderText(tr("Note or evidence (optional)"));
    m_note->setClearButtonEnabled(true);
    layout->addWidget(m_note, 1);
    setCurrent(std::nullopt);
}

void GoalStatusButtons::setCurrent(std::optional<GoalStatus> status)
{
    for (int i = 0; i < 4; ++i) {
        m_buttons[i]->setEnabled(status.has_value());
        m_buttons[i]->setChecked(status && *status == kOrder[i]);
    }
    m_note->setEnabled(status.has_value());
}

QPushButton* GoalStatusButtons::button(GoalStatus status) const
{
    for (int i = 0; i < 4; ++i) {
        if (kOrder[i] == status)
            return m_buttons[i];
    }
    return nullptr;
}

} // namespace tavle::ui
