#include "core/Identity.h"

#include <QtGlobal>

namespace folio::Identity {

QString currentAuthor()
{
    for (const char* variable : {"FOLIO_AUTHOR", "USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(variable).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("unknown");
}

} // namespace folio::Identity
