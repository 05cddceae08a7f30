#pragma once

#include "store/Page.h"
#include "store/PageStore.h"

#include <QString>

#include <optional>

namespace folio::test {

// Writes `body` as the text of the page titled `title`: a new guide, or a new revision of
// the page of that title. What a test's "machine" does when someone edits there.
inline void writePage(PageStore& pages, const QString& title, const QString& body,
                      const QString& author)
{
    if (const std::optional<Page> page = pages.find(title))
        pages.update(page->id, {title, PageKind::Guide, {}, body}, page->revisionId, author);
    else
        pages.create({title, PageKind::Guide, {}, body}, author);
}

// The text of the page titled `title`; empty when there is none.
inline QString pageBody(const PageStore& pages, const QString& title)
{
    const std::optional<Page> page = pages.find(title);
    return page ? page->content.body : QString();
}

} // namespace folio::test
