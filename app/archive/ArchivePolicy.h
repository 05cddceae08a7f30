#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace folio {

class Settings;

// What may be fetched when archiving, from the settings: only http and https; never a URL
// that carried credentials or a token; loopback, private and intranet addresses only when
// the user allows them; the domain allow and deny lists; a largest snapshot.
struct ArchivePolicy
{
    Q_DECLARE_TR_FUNCTIONS(folio::ArchivePolicy)

public:
    bool allowPrivate = false;
    QStringList allowDomains; // when not empty, only these and their subdomains
    QStringList denyDomains;  // never these nor their subdomains
    qint64 maxSnapshotBytes = qint64(50) << 20;

    // The policy the user set (Settings::Key::Archive…).
    static ArchivePolicy fromSettings(const Settings& settings);

    // Why `url` may not be fetched (the rule, for people), or none. `linkFlags` are the
    // link's LinkFlag bits.
    std::optional<QString> refusal(const QUrl& url, int linkFlags = 0) const;
    // The same after the host name was resolved: a public name may point at a private
    // address.
    std::optional<QString> refusal(const QString& host, const QList<QHostAddress>& addresses) const;

    // Loopback, private, link-local, shared (100.64/10), unique-local and unspecified.
    static bool isPrivate(const QHostAddress& address);
    // localhost, single-label names and the suffixes only intranets use (.local, .lan…).
    static bool isIntranetName(const QString& host);
    // `host` is `domain` or below it.
    static bool isWithin(const QString& host, const QString& domain);
    // Lower case, without the trailing dots DNS allows.
    static QString bareHost(const QString& host);
};

} // namespace folio
