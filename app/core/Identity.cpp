#include "core/Identity.h"

#include "core/Sha256.h"

#include <QRegularExpression>
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
    // Set where one machine plays several (tests; two wikis syncing through one folder).
    const QString chosen = qEnvironmentVariable("FOLIO_MACHINE_ID");
    static const QRegularExpression fileNameSafe(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (fileNameSafe.match(chosen).hasMatch()) // it names the machine's bundle file
        return chosen;
    const QByteArray machine = QSysInfo::machineUniqueId() + '/' + QByteArray::number(::geteuid()) +
                               '/' + QSysInfo::machineHostName().toUtf8();
    return Sha256::hex(machine).left(16);
}

} // namespace folio::Identity
