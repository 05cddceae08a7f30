#include "links/UrlNormalizer.h"

#include "links/formats/TextLinks.h"

#include <QRegularExpression>
#include <QUrl>

namespace folio {

namespace {

bool isTracking(const QString& name)
{
    static const QStringList names{
        QStringLiteral("fbclid"),     QStringLiteral("gclid"),   QStringLiteral("dclid"),
        QStringLiteral("gbraid"),     QStringLiteral("wbraid"),  QStringLiteral("msclkid"),
        QStringLiteral("mc_cid"),     QStringLiteral("mc_eid"),  QStringLiteral("igshid"),
        QStringLiteral("yclid"),      QStringLiteral("_hsenc"),  QStringLiteral("_hsmi"),
        QStringLiteral("mkt_tok"),    QStringLiteral("ref_src"), QStringLiteral("oly_anon_id"),
        QStringLiteral("oly_enc_id"), QStringLiteral("vero_id"), QStringLiteral("__s")};
    const QString lower = name.toLower();
    return lower.startsWith(QLatin1String("utm_")) || names.contains(lower);
}

// Query parameters that grant access: a URL carrying one is stored without it, and never
// fetched with it.
bool isSecret(const QString& name, const QString& value, const QString& host)
{
    static const QStringList names{QStringLiteral("pwd"),
                                   QStringLiteral("pass"),
                                   QStringLiteral("private_token"),
                                   QStringLiteral("auth_key"),
                                   QStringLiteral("apitoken"),
                                   QStringLiteral("api-key"),
                                   QStringLiteral("x-api-key"),
                                   QStringLiteral("oauth_token"),
                                   QStringLiteral("oauth_signature"),
                                   QStringLiteral("passcode"),
                                   QStringLiteral("token"),
                                   QStringLiteral("access_token"),
                                   QStringLiteral("refresh_token"),
                                   QStringLiteral("id_token"),
                                   QStringLiteral("auth"),
                                   QStringLiteral("auth_token"),
                                   QStringLiteral("sig"),
                                   QStringLiteral("signature"),
                                   QStringLiteral("api_key"),
                                   QStringLiteral("apikey"),
                                   QStringLiteral("password"),
                                   QStringLiteral("passwd"),
                                   QStringLiteral("client_secret"),
                                   QStringLiteral("secret"),
                                   QStringLiteral("session"),
                                   QStringLiteral("sessionid"),
                                   QStringLiteral("jwt"),
                                   QStringLiteral("xsdata")};
    const QString lower = name.toLower();
    if (names.contains(lower))
        return true;
    if (lower == QLatin1String("t") && value.startsWith(QLatin1String("xox")))
        return true; // Slack file tokens
    if (lower == QLatin1String("key") && value.size() >= 20)
        return true; // API keys (Google's are 39 characters)
    if (lower.startsWith(QLatin1String("x-amz-")) || lower.startsWith(QLatin1String("x-goog-")))
        return true; // signed S3 and Cloud Storage URLs
    if ((lower == QLatin1String("hm") || lower == QLatin1String("ex") ||
         lower == QLatin1String("is")) &&
        (host.endsWith(QLatin1String("discordapp.com")) ||
         host.endsWith(QLatin1String("discordapp.net"))))
        return true; // Discord's signed CDN links
    if (lower == QLatin1String("e") && host.endsWith(QLatin1String("sharepoint.com")))
        return true; // SharePoint sharing keys
    return false;
}

// The wrapped URL when `url` is a redirector's (Safe Links, Slack, Google, Facebook).
QString unwrapped(const QUrl& url)
{
    const QString host = url.host().toLower();
    QString parameter;
    if (host.endsWith(QLatin1String("safelinks.protection.outlook.com")) ||
        host == QLatin1String("slack-redir.net") ||
        url.path().endsWith(QLatin1String("/atp-safelinks.html")))
        parameter = QStringLiteral("url");
    else if ((host == QLatin1String("www.google.com") || host == QLatin1String("google.com")) &&
             url.path() == QLatin1String("/url"))
        parameter = QStringLiteral("q");
    else if ((host == QLatin1String("l.facebook.com") ||
              host == QLatin1String("lm.facebook.com")) &&
             url.path() == QLatin1String("/l.php"))
        parameter = QStringLiteral("u");
    if (parameter.isEmpty())
        return {};
    const QStringList pairs = url.query(QUrl::FullyEncoded).split(u'&');
    for (const QString& pair : pairs) {
        const qsizetype equals = pair.indexOf(u'=');
        if (equals < 0 || pair.left(equals).compare(parameter, Qt::CaseInsensitive) != 0)
            continue;
        QString value = pair.mid(equals + 1);
        value.replace(u'+', u' ');
        return QUrl::fromPercentEncoding(value.toUtf8()).trimmed();
    }
    if (parameter == QLatin1String("q") || parameter == QLatin1String("url"))
        return {};
    return {};
}

// RFC 3986's remove_dot_segments: "/a/./b/../c" is "/a/c". Empty segments stay ("//" can
// matter, as in web.archive.org/web/2020/https://…).
QString withoutDotSegments(const QString& path)
{
    if (!path.contains(QLatin1String("/.")))
        return path;
    QStringList out;
    const QStringList segments = path.split(u'/');
    for (qsizetype i = 1; i < segments.size(); ++i) {
        const QString& segment = segments.at(i);
        const bool last = i == segments.size() - 1;
        if (segment == QLatin1String(".")) {
            if (last)
                out << QString();
        } else if (segment == QLatin1String("..")) {
            if (!out.isEmpty())
                out.removeLast();
            if (last)
                out << QString();
        } else {
            out << segment;
        }
    }
    return u'/' + out.join(u'/');
}

// The query (or a route's parameters) without tracking and secret parameters; `secret` is set
// when one was removed. Parameters are split on '&' and ';'.
QString keptParameters(const QString& query, const QString& host, bool& secret)
{
    static const QRegularExpression separator(QStringLiteral("[&;]"));
    QStringList kept;
    const QStringList pairs = query.split(separator, Qt::SkipEmptyParts);
    const bool oauth =
        query.contains(QLatin1String("state=")) && query.contains(QLatin1String("code="));
    for (const QString& pair : pairs) {
        // "token%3D=…": a name that hid its '=' is still that name.
        const QString name =
            QUrl::fromPercentEncoding(pair.section(u'=', 0, 0).toUtf8()).section(u'=', 0, 0);
        const QString value = QUrl::fromPercentEncoding(pair.section(u'=', 1).toUtf8());
        if (isTracking(name))
            continue;
        if (isSecret(name, value, host) ||
            (oauth && name.compare(QLatin1String("code"), Qt::CaseInsensitive) == 0)) {
            secret = true;
            continue;
        }
        kept << pair;
    }
    return kept.join(u'&');
}

// Webhook addresses carry their secret in the path: whoever has one can post as the app.
bool isWebhook(const QString& host, const QString& path)
{
    if (host == QLatin1String("hooks.slack.com") || host == QLatin1String("hooks.zapier.com") ||
        host.endsWith(QLatin1String(".webhook.office.com")))
        return true;
    if ((host == QLatin1String("discord.com") || host == QLatin1String("discordapp.com") ||
         host.endsWith(QLatin1String(".discord.com"))) &&
        path.startsWith(QLatin1String("/api/webhooks/")))
        return true;
    return host == QLatin1String("outlook.office.com") &&
           path.startsWith(QLatin1String("/webhook"));
}

bool isInternal(const QString& host, const QString& path)

{
    if (host == QLatin1String("slack.com") || host.endsWith(QLatin1String(".slack.com")))
        return true; // permalinks, files, the workspace's own pages
    if ((host == QLatin1String("discord.com") || host == QLatin1String("discordapp.com") ||
         host.endsWith(QLatin1String(".discord.com"))) &&
        path.startsWith(QLatin1String("/channels/")))
        return true;
    if (host == QLatin1String("teams.microsoft.com") && path.startsWith(QLatin1String("/l/")))
        return true;
    return host == QLatin1String("matrix.to") || host == QLatin1String("t.me") ||
           host == QLatin1String("telegram.me");
}

} // namespace

QString UrlNormalizer::tooLong()
{
    return tr("an address longer than %1 characters").arg(kMaxUrlLength);
}

NormalizedUrl UrlNormalizer::normalize(const QString& raw, bool assumeWeb)
{
    NormalizedUrl result;
    QString text = raw.trimmed();
    static const QRegularExpression scheme(QStringLiteral("^([a-zA-Z][a-zA-Z0-9+.-]*):"));
    QRegularExpressionMatch schemeMatch = scheme.match(text);
    if (!schemeMatch.hasMatch() ||
        (assumeWeb && !text.contains(QLatin1String("://")) &&
         !text.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))) {
        if (!assumeWeb || !TextLinks::looksLikeHost(text)) {
            result.skipReason = tr("not a web address");
            return result;
        }
        text.prepend(QLatin1String("http://"));
        schemeMatch = scheme.match(text);
    }
    if (text.size() > kMaxUrlLength) {
        result.skipReason = tooLong();
        return result;
    }
    const QString schemeName = schemeMatch.captured(1).toLower();
    if (schemeName == QLatin1String("mailto")) {
        const QString address = text.mid(7).section(u'?', 0, 0).trimmed();
        if (!address.contains(u'@')) {
            result.skipReason = tr("an e-mail link without an address");
            return result;
        }
        result.url = QStringLiteral("mailto:") + address;
        result.host = address.section(u'@', -1).toLower();
        result.isMailto = true;
        return result;
    }
    if (schemeName != QLatin1String("http") && schemeName != QLatin1String("https") &&
        schemeName != QLatin1String("ftp")) {
        result.skipReason = tr("a %1: link").arg(schemeName);
        return result;
    }

    QUrl url(text, QUrl::TolerantMode);
    for (int depth = 0; depth < 4 && url.isValid(); ++depth) {
        const QString inner = unwrapped(url);
        if (inner.isEmpty())
            break;
        const QRegularExpressionMatch innerScheme = scheme.match(inner);
        const QString innerName = innerScheme.captured(1).toLower();
        if (innerName != QLatin1String("http") && innerName != QLatin1String("https")) {
            result.skipReason = tr("a redirect to a %1 link")
                                    .arg(innerName.isEmpty() ? tr("broken") : innerName + u':');
            return result;
        }
        url = QUrl(inner, QUrl::TolerantMode);
    }
    if (!url.isValid() || url.host().isEmpty() || url.port() == 0) {
        result.skipReason = tr("not a valid web address");
        return result;
    }
    if (!url.userInfo().isEmpty()) {
        url.setUserInfo({});
        result.carriedSecret = true;
    }
    QString host = url.host(QUrl::FullyEncoded).toLower();
    while (host.endsWith(u'.'))
        host.chop(1);
    // An IPv6 zone ("fe80::1%eth0") names a network card of the sender's machine.
    if (const qsizetype zone = host.indexOf(u'%'); zone >= 0)
        host.truncate(zone);
    url.setHost(host);
    url.setScheme(url.scheme().toLower());
    const int defaultPort = url.scheme() == QLatin1String("https")  ? 443
                            : url.scheme() == QLatin1String("http") ? 80
                                                                    : 21;
    if (url.port() == defaultPort)
        url.setPort(-1);
    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) {
        if (url.path().isEmpty())
            url.setPath(QStringLiteral("/"));
    }
    if (host == QLatin1String("api.telegram.org") && url.path().startsWith(QLatin1String("/bot"))) {
        result.skipReason = tr("a Telegram bot address, which holds the bot's token");
        result.carriedSecret = true;
        return result;
    }

    if (isWebhook(host, url.path())) {
        result.skipReason = tr("a webhook address, which works as a password");
        result.carriedSecret = true;
        return result;
    }
    if (url.hasQuery()) {
        const QString kept =
            keptParameters(url.query(QUrl::FullyEncoded), host, result.carriedSecret);
        if (kept.isEmpty())
            url.setQuery(QString());
        else
            url.setQuery(kept, QUrl::TolerantMode);
    }
    // A fragment that is an application route (matrix.to/#/room, Zulip's #narrow/…) is
    // part of the address; a plain one only scrolls the page. A route's own parameters are
    // cleaned like the query's.
    QString fragment = url.fragment(QUrl::FullyEncoded);
    if (!fragment.startsWith(u'/') && !fragment.startsWith(u'!') &&
        !fragment.startsWith(QLatin1String("narrow/"))) {
        url.setFragment(QString());
    } else if (const qsizetype question = fragment.indexOf(u'?'); question >= 0) {
        const QString kept = keptParameters(fragment.mid(question + 1), host, result.carriedSecret);
        fragment = fragment.left(question) + (kept.isEmpty() ? QString() : u'?' + kept);
        url.setFragment(fragment, QUrl::TolerantMode);
    }

    url.setPath(withoutDotSegments(url.path(QUrl::FullyEncoded)), QUrl::TolerantMode);
    result.url = url.toString(QUrl::FullyEncoded);
    // A route's '#' stays as written (matrix.to/#/#room:server), as browsers keep it.
    if (const qsizetype hash = result.url.indexOf(u'#'); hash >= 0)
        result.url = result.url.left(hash + 1) +
                     result.url.mid(hash + 1).replace(QLatin1String("%23"), QLatin1String("#"));
    result.host = host;
    result.internal = isInternal(host, url.path());
    // Percent-encoding can make the stored address nine times as long as the one written.
    if (result.url.size() > kMaxUrlLength)
        return NormalizedUrl{{}, {}, tooLong()};
    return result;
}

} // namespace folio
