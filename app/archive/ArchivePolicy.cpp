#include "archive/ArchivePolicy.h"

#include "core/Settings.h"
#include "store/LinkStore.h"

namespace folio {

namespace {

const QStringList& intranetSuffixes()
{
    static const QStringList suffixes = {QStringLiteral("localhost"), QStringLiteral("local"),
                                         QStringLiteral("lan"),       QStringLiteral("internal"),
                                         QStringLiteral("intranet"),  QStringLiteral("corp"),
                                         QStringLiteral("home"),      QStringLiteral("home.arpa")};
    return suffixes;
}

} // namespace

ArchivePolicy ArchivePolicy::fromSettings(const Settings& settings)
{
    ArchivePolicy policy;
    policy.allowPrivate = settings.value(Settings::Key::ArchiveAllowPrivate).toBool();
    policy.allowDomains = settings.value(Settings::Key::ArchiveAllowDomains).toStringList();
    policy.denyDomains = settings.value(Settings::Key::ArchiveDenyDomains).toStringList();
    policy.maxSnapshotBytes =
        qMax(1, settings.value(Settings::Key::ArchiveMaxSnapshotMB).toInt()) * (qint64(1) << 20);
    return policy;
}

QString ArchivePolicy::bareHost(const QString& host)
{
    // "example.com." is example.com: a trailing dot must not slip past a list.
    QString name = host.trimmed().toLower();
    while (name.endsWith(u'.'))
        name.chop(1);
    return name;
}

bool ArchivePolicy::isWithin(const QString& host, const QString& domain)
{
    QString bare = bareHost(domain);
    while (bare.startsWith(u'.') || bare.startsWith(u'*'))
        bare.remove(0, 1);
    if (bare.isEmpty())
        return false;
    const QString name = bareHost(host);
    return name == bare || name.endsWith(u'.' + bare);
}

bool ArchivePolicy::isIntranetName(const QString& host)
{
    const QString name = bareHost(host);
    if (!name.contains(u'.'))
        return true;
    for (const QString& suffix : intranetSuffixes())
        if (isWithin(name, suffix))
            return true;
    return false;
}

bool ArchivePolicy::isPrivate(const QHostAddress& address)
{
    bool isMapped = false;
    const quint32 mapped = address.toIPv4Address(&isMapped);
    if (address.protocol() == QAbstractSocket::IPv6Protocol && isMapped)
        return isPrivate(QHostAddress(mapped));
    if (address.isLoopback() || address.isNull() || address.isLinkLocal() ||
        address.isUniqueLocalUnicast() || address.isSiteLocal() || address.isMulticast() ||
        address.isBroadcast() || address == QHostAddress::AnyIPv4 ||
        address == QHostAddress::AnyIPv6)
        return true;
    static const QList<std::pair<QHostAddress, int>> ranges = {
        {QHostAddress(QStringLiteral("0.0.0.0")), 8},
        {QHostAddress(QStringLiteral("10.0.0.0")), 8},
        {QHostAddress(QStringLiteral("100.64.0.0")), 10},
        {QHostAddress(QStringLiteral("172.16.0.0")), 12},
        {QHostAddress(QStringLiteral("192.168.0.0")), 16},
        {QHostAddress(QStringLiteral("198.18.0.0")), 15},
    };
    for (const auto& [network, bits] : ranges)
        if (address.isInSubnet(network, bits))
            return true;
    return false;
}

std::optional<QString> ArchivePolicy::refusal(const QUrl& url, int linkFlags) const
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return tr("only http and https addresses are archived");
    if ((linkFlags & LinkCarriedSecret) || !url.userInfo().isEmpty())
        return tr("the address carried a password or token");
    const QString host = bareHost(url.host(QUrl::FullyDecoded));
    if (host.isEmpty())
        return tr("the address has no host");
    for (const QString& domain : denyDomains)
        if (isWithin(host, domain))
            return tr("%1 is on the deny list").arg(host);
    if (!allowDomains.isEmpty() &&
        std::none_of(allowDomains.begin(), allowDomains.end(),
                     [&host](const QString& domain) { return isWithin(host, domain); }))
        return tr("%1 is not on the allow list").arg(host);
    if (allowPrivate)
        return std::nullopt;
    const QHostAddress literal(host);
    if (!literal.isNull() ? isPrivate(literal) : isIntranetName(host))
        return tr("%1 is a private or intranet address (allow intranet archiving to fetch it)")
            .arg(host);
    return std::nullopt;
}

std::optional<QString> ArchivePolicy::refusal(const QString& host,
                                              const QList<QHostAddress>& addresses) const
{
    if (allowPrivate)
        return std::nullopt;
    for (const QHostAddress& address : addresses)
        if (isPrivate(address))
            return tr("%1 points at the private address %2 (allow intranet archiving to fetch "
                      "it)")
                .arg(host, address.toString());
    return std::nullopt;
}

} // namespace folio
