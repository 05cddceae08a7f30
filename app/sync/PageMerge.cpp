#include "sync/PageMerge.h"

#include "authoring/TextMerge.h"
#include "store/PageTags.h"

#include <QUuid>

namespace folio {
namespace {

// Neither side or both made the same change: it stands; one side changed it: its change.
// Both changed it differently: `pick` decides.
template <typename T, typename Pick>
T threeWay(const T& base, const T& first, const T& second, Pick pick)
{
    if (first == second || second == base)
        return first;
    if (first == base)
        return second;
    return pick(first, second);
}

// A tag stays unless one side removed it; a tag either side added is added.
QStringList mergedTags(const QStringList& base, const QStringList& first, const QStringList& second)
{
    QStringList result;
    for (const QStringList* side : {&first, &second})
        for (const QString& tag : *side) {
            const bool removedByOther =
                base.contains(tag) && !(first.contains(tag) && second.contains(tag));
            if (!removedByOther && !result.contains(tag))
                result.append(tag);
        }
    return PageTags::normalized(result);
}

bool isLater(const Revision& a, const Revision& b)
{
    return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.uuid > b.uuid;
}

} // namespace

QString PageMerge::label(const Revision& revision)
{
    return revision.author + QLatin1String(", ") + revision.createdAt.toUTC().toString(Qt::ISODate);
}

QString PageMerge::mergeUuid(const QString& oneUuid, const QString& otherUuid)
{
    // A name-based (version 5) uuid of both parents in a fixed order.
    static const QUuid kMerges(QStringLiteral("{6f1c2d9e-4b7a-4c1e-9a55-0f0d1e2c3b4a}"));
    const QString first = std::min(oneUuid, otherUuid), second = std::max(oneUuid, otherUuid);
    return QUuid::createUuidV5(kMerges, QString(first + u'+' + second))
        .toString(QUuid::WithoutBraces);
}

PageMerge::Result PageMerge::merge(const Revision& base, const Revision& one, const Revision& other)
{
    // The same order wherever the merge happens: by uuid.
    const bool oneFirst = one.uuid <= other.uuid;
    const Revision& first = oneFirst ? one : other;
    const Revision& second = oneFirst ? other : one;
    const Revision& later = isLater(first, second) ? first : second;

    Result result;
    const TextMerge::Result text =
        TextMerge::merge(base.content.body, first.content.body, second.content.body, label(first),
                         label(second), label(base));
    result.content.body = text.text;
    result.conflicted = !text.clean;
    // Two new titles, kinds: the later edit's.
    result.content.title =
        threeWay(base.content.title, first.content.title, second.content.title,
                 [&later](const QString&, const QString&) { return later.content.title; });
    result.content.kind = threeWay(base.content.kind, first.content.kind, second.content.kind,
                                   [&later](PageKind, PageKind) { return later.content.kind; });
    result.content.tags = mergedTags(base.content.tags, first.content.tags, second.content.tags);
    // Two new states: the more careful one — less published, internal.
    result.state.status = threeWay(base.state.status, first.state.status, second.state.status,
                                   [](PageStatus a, PageStatus b) { return std::min(a, b); });
    result.state.visibility =
        threeWay(base.state.visibility, first.state.visibility, second.state.visibility,
                 [](PageVisibility, PageVisibility) { return PageVisibility::Internal; });
    // Moved under two different pages: where the later move put it.
    result.parentPage =
        threeWay(base.parentPage, first.parentPage, second.parentPage,
                 [&later](const QString&, const QString&) { return later.parentPage; });
    return result;
}

} // namespace folio
