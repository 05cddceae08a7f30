#pragma once

#include <QStringList>

namespace folio {

class PageStore;

// Who points at a page: the pages whose [[links]] name it, and the pages that name it in
// their text without linking to it (unlinked mentions: links waiting to be written).
struct Backlinks
{
    QStringList linkedFrom;  // titles, in title order
    QStringList mentionedIn; // titles, in title order, at most BacklinkFinder::kMaxMentions
    // About how many more pages name it past those (counted by the index, not read).
    int moreMentions = 0;

    bool isEmpty() const { return linkedFrom.isEmpty() && mentionedIn.isEmpty(); }
};

// Finds a page's backlinks through the full-text index: only the pages whose text holds the
// title's words are read, then parsed as the renderer reads links (WikiLinkSources), so a
// link in code or a label that merely looks like the title does not count. Nothing is
// stored, so nothing can fall out of step with the pages.
class BacklinkFinder
{
public:
    static constexpr int kMaxMentions = 50;

    explicit BacklinkFinder(const PageStore& store) : m_store(store) {}

    // Backlinks of the live page `pageId`, titled `title`. Throws StoreError.
    Backlinks find(qint64 pageId, const QString& title) const;

private:
    const PageStore& m_store;
};

} // namespace folio
