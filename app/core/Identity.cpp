#include "core/Identity.h"

#include "core/Sha256.h"

#include <QString>
#include <QSysInfo>
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

QString machineId()
{
    const QByteArray machine = QSysInfo::machineUniqueId() + '/' + QByteArray::number(::geteuid()) +
                               '/' + QSysInfo::machineHostName().toUtf8();
    return Sha256::hex(machine).left(16);
}

} // namespace folio::Identity
