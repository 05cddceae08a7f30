#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <unistd.h>

namespace folio::bench {

// Before the application object: headless unless told otherwise, and, as root, the web
// engine without its sandbox (it refuses to start with it).
inline void prepareHeadlessWebEngine()
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    if (geteuid() == 0)
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
}

} // namespace folio::bench
