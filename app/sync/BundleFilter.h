#pragma once

#include "store/PageKind.h"
#include "store/PageStatus.h"

#include <QList>
#include <QStringList>

namespace folio {

// Which pages may leave the machine in a bundle. Only what passes is written — the page, the
// revisions whose own state passes, its attachments — and a filtered bundle carries no links,
// shares or snapshots, whose chat context is the organisation's own.
struct BundleFilter
{
    bool publishedOnly = false;
    bool publicOnly = false;
    QStringList tags;      // any of these; empty: any page
    QList<PageKind> kinds; // any of these; empty: any kind

    bool isWholeWiki() const
    {
        return !publishedOnly && !publicOnly && tags.isEmpty() && kinds.isEmpty();
    }
    // Whether a page in this state may leave.
    bool admits(const PageState& state) const
    {
        return (!publishedOnly || state.status == PageStatus::Published) &&
               (!publicOnly || state.visibility == PageVisibility::Public);
    }
    bool admits(const PageState& state, PageKind kind, const QStringList& pageTags) const
    {
        if (!admits(state) || (!kinds.isEmpty() && !kinds.contains(kind)))
            return false;
        if (tags.isEmpty())
            return true;
        for (const QString& tag : pageTags)
            if (tags.contains(tag))
                return true;
        return false;
    }
};

} // namespace folio
