#include "core/LocalTimeZone.h"

#include <QByteArray>
#include <QTimeZone>

#include <cstdlib>
#include <unistd.h>

namespace folio::LocalTimeZone {

void keepLoaded()
{
    if (std::getenv("TZ") != nullptr)
        return;
    // The zone's own name, which every reader of TZ knows (glibc, ICU in the web engine,
    // programs started from here), rather than ":/etc/localtime", which ICU does not.
    const QByteArray zone = QTimeZone::systemTimeZoneId();
    const QByteArray file = QByteArray("/usr/share/zoneinfo/") + zone;
    if (zone.isEmpty() || zone.contains("..") || ::access(file.constData(), R_OK) != 0)
        return;
    ::setenv("TZ", zone.constData(), 0);
}

} // namespace folio::LocalTimeZone
