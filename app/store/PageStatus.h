#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace folio {

// Where a page is in review: a writer's draft, waiting for a reviewer, or published for
// readers. Exports use it, with the visibility, to decide what may leave the machine.
enum class PageStatus { Draft, Review, Published };
// Who may read a page outside this wiki: everyone (Public) or the organisation (Internal).
enum class PageVisibility { Internal, Public };

struct PageState
{
    PageStatus status = PageStatus::Published;
    PageVisibility visibility = PageVisibility::Internal;

    bool operator==(const PageState&) const = default;
};

// Names as stored in the file and typed on the command line: draft, review, published;
// internal, public.
class PageStatuses
{
    Q_DECLARE_TR_FUNCTIONS(folio::PageStatuses)

public:
    static QString key(PageStatus status);
    static std::optional<PageStatus> fromKey(const QString& key);
    static QString displayName(PageStatus status);
    static QStringList keys();

    static QString key(PageVisibility visibility);
    static std::optional<PageVisibility> visibilityFromKey(const QString& key);
    static QString displayName(PageVisibility visibility);
};

} // namespace folio
