#include "domain/Level.h"

#include <QStringList>

namespace tavle {

QString levelCode(Level level)
{
    switch (level) {
    case Level::Kbu:
        return QStringLiteral("KBU");
    case Level::Intro:
        return QStringLiteral("INTRO");
    case Level::Hu:
        return QStringLiteral("HU");
    }
    return {};
}

std::optional<Level> levelFromCode(const QString& code)
{
    if (code == QLatin1String("KBU"))
        return Level::Kbu;
    if (code == QLatin1String("INTRO"))
        return Level::Intro;
    if (code == QLatin1String("HU"))
        return Level::Hu;
    return std::nullopt;
}

std::optional<Level> levelFromRosterText(const QString& text)
{
    const QString t = text.simplified().toCaseFolded();
    if (t == QLatin1String("kbu"))
        return Level::Kbu;
    static const QStringList intro = {
        QStringLiteral("intro"),
        QStringLiteral("introduktion"),
        QStringLiteral("introduktionsstilling"),
        QStringLiteral("introduktionsuddannelse"),
        QStringLiteral("i-læge"),
    };
    if (intro.contains(t))
        return Level::Intro;
    static const QStringList hu = {
        QStringLiteral("hu"),
        QStringLiteral("hoveduddannelse"),
        QStringLiteral("h-læge"),
    };
    if (hu.contains(t))
        return Level::Hu;
    return std::nullopt;
}

} // namespace tavle
