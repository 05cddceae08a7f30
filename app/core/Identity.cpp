#include "core/Identity.h"

#include <QString>
#include <QtGlobal>

#include <pwd.h>
#include <unistd.h>

namespace folio::Identity {

QString currentAuthor()
{
    for (const char* variable : {"FOLIO_AUTHOR", "USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(variable).trimmed();
        if (!value.isEmpty())
            return value;
    }
    // Started from a desktop menu, the environment may lack them: ask the system.
    if (const passwd* user = ::getpwuid(::geteuid()); user && user->pw_name && *user->pw_name)
        return QString::fromLocal8Bit(user->pw_name);
    return QStringLiteral("unknown");
}

} // namespace folio::Identity
