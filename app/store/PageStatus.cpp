#include "store/PageStatus.h"

namespace folio {
namespace {

constexpr PageStatus kAll[] = {PageStatus::Draft, PageStatus::Review, PageStatus::Published};

} // namespace

QString PageStatuses::key(PageStatus status)
{
    switch (status) {
    case PageStatus::Draft:
        return QStringLiteral("draft");
    case PageStatus::Review:
        return QStringLiteral("review");
    case PageStatus::Published:
        break;
    }
    return QStringLiteral("published");
}

std::optional<PageStatus> PageStatuses::fromKey(const QString& key)
{
    const QString wanted = key.trimmed().toLower();
    for (PageStatus status : kAll) {
        if (PageStatuses::key(status) == wanted)
            return status;
    }
    return std::nullopt;
}

QString PageStatuses::displayName(PageStatus status)
{
    switch (status) {
    case PageStatus::Draft:
        return tr("Draft");
    case PageStatus::Review:
        return tr("In review");
    case PageStatus::Published:
        break;
    }
    return tr("Published");
}

QStringList PageStatuses::keys()
{
    QStringList result;
    for (PageStatus status : kAll)
        result << key(status);
    return result;
}

QString PageStatuses::key(PageVisibility visibility)
{
    return visibility == PageVisibility::Public ? QStringLiteral("public")
                                                : QStringLiteral("internal");
}

std::optional<PageVisibility> PageStatuses::visibilityFromKey(const QString& key)
{
    const QString wanted = key.trimmed().toLower();
    if (wanted == QLatin1String("public"))
        return PageVisibility::Public;
    if (wanted == QLatin1String("internal"))
        return PageVisibility::Internal;
    return std::nullopt;
}

QString PageStatuses::displayName(PageVisibility visibility)
{
    return visibility == PageVisibility::Public ? tr("Public") : tr("Internal");
}

} // namespace folio
