#include "archive/ArchiveResult.h"

#include <array>

namespace folio {

namespace {

struct ReasonKey
{
    ArchiveReason::Kind kind;
    const char* key;
};

constexpr std::array kKeys{
    ReasonKey{ArchiveReason::None, ""},
    ReasonKey{ArchiveReason::Dns, "dns"},
    ReasonKey{ArchiveReason::Connection, "connection"},
    ReasonKey{ArchiveReason::Timeout, "timeout"},
    ReasonKey{ArchiveReason::Http, "http"},
    ReasonKey{ArchiveReason::TooLarge, "too-large"},
    ReasonKey{ArchiveReason::RedirectLoop, "redirect-loop"},
    ReasonKey{ArchiveReason::Policy, "policy"},
    ReasonKey{ArchiveReason::Unsupported, "unsupported"},
    ReasonKey{ArchiveReason::Cancelled, "cancelled"},
    ReasonKey{ArchiveReason::Other, "other"},
};

} // namespace

QString ArchiveReason::key(Kind kind)
{
    for (const ReasonKey& entry : kKeys)
        if (entry.kind == kind)
            return QLatin1String(entry.key);
    return QStringLiteral("other");
}

ArchiveReason::Kind ArchiveReason::fromKey(const QString& key)
{
    for (const ReasonKey& entry : kKeys)
        if (key == QLatin1String(entry.key))
            return entry.kind;
    return Other; // a key from a newer Folio
}

QString ArchiveReason::describe(Kind kind, const QString& detail)
{
    const auto withDetail = [&detail](const QString& sentence) {
        return detail.isEmpty() ? sentence : tr("%1: %2").arg(sentence, detail);
    };
    switch (kind) {
    case None:
        return {};
    case Dns:
        return withDetail(tr("the host name does not resolve (DNS)"));
    case Connection:
        return withDetail(tr("the server could not be reached"));
    case Timeout:
        return tr("the page did not load in time (timeout)");
    case Http:
        return tr("the server answered HTTP %1").arg(detail);
    case TooLarge:
        return withDetail(tr("the page is too large to keep"));
    case RedirectLoop:
        return tr("the page redirects in a loop");
    case Policy:
        return withDetail(tr("blocked by the archive policy"));
    case Unsupported:
        return withDetail(tr("neither a web page nor a PDF"));
    case Cancelled:
        return tr("stopped before it finished");
    case Other:
        break;
    }
    return withDetail(tr("the page could not be loaded"));
}

bool ArchiveReason::isTransient(Kind kind, const QString& detail)
{
    switch (kind) {
    case Dns:
    case Connection:
    case Timeout:
    case Cancelled:
    case Other:
        return true;
    case Http: {
        // Server trouble and rate limits pass; a missing page does not come back.
        const int status = detail.toInt();
        return status >= 500 || status == 408 || status == 425 || status == 429;
    }
    default:
        return false;
    }
}

} // namespace folio
