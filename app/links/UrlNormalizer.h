#pragma once

#include <QCoreApplication>
#include <QString>

namespace folio {

// A shared URL made into the one form its shares are deduplicated by, with what must never
// be stored or fetched taken out.
struct NormalizedUrl
{
    QString url;                // empty when the URL is skipped
    QString host;               // lower case, for the domain facet
    QString skipReason;         // why it is not kept: "a javascript: link", "not a web address"…
    bool internal = false;      // a link into the chat platform itself (permalinks, t.me)
    bool carriedSecret = false; // a token, signature or password was removed from it
    bool isMailto = false;

    bool isKept() const { return skipReason.isEmpty(); }
};

// Normalises URLs (the rules are in docs/links.md): scheme and host in lower case, default
// ports and fragments dropped, tracking parameters (utm_*, fbclid, gclid…) removed, Outlook
// Safe Links, Slack, Google and Facebook redirect wrappers unwrapped; user:pass@ and
// token-bearing parameters (t=xox…, token=, access_token=, sig=, signed-URL parameters)
// removed and the link marked. Only http, https, ftp and mailto are kept; javascript:,
// data:, file:, chrome:, about:, place: and the like are skipped with a reason.
class UrlNormalizer
{
    Q_DECLARE_TR_FUNCTIONS(folio::UrlNormalizer)

public:
    // `assumeWeb`: a bare "example.com" (as Telegram's link entities give it) means http.
    static NormalizedUrl normalize(const QString& raw, bool assumeWeb = false);
    static constexpr int kMaxUrlLength = 16384;

private:
    static QString tooLong();
};

} // namespace folio
