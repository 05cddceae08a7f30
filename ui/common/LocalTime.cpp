#include "common/LocalTime.h"

#include <QLocale>

namespace folio {

QString shortLocalTime(const QDateTime& moment)
{
    return QLocale().toString(moment.toLocalTime(), QLocale::ShortFormat);
}

} // namespace folio
