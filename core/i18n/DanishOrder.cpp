#include "i18n/DanishOrder.h"

#include <QLocale>

namespace tavle {

QCollator danishCollator()
{
    QCollator collator{QLocale(QLocale::Danish, QLocale::Denmark)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    return collator;
}

} // namespace tavle
