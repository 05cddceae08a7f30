#pragma once

#include "archive/ArchiveStore.h"
#include "store/LinkStore.h"
#include "store/Page.h"

#include <QCoreApplication>

namespace folio {

// Turns a shared link into a draft wiki page: the link, its title, the conversation that
// shared it, quoted with who said it where and when, and, when it was archived, the page's
// readable text for a writer to curate — the step from chat to knowledge base.
class LinkPromotion
{
    Q_DECLARE_TR_FUNCTIONS(folio::LinkPromotion)

public:
    static PageContent pageFor(const Link& link, const std::vector<LinkShare>& shares,
                               const std::optional<Capture>& archived = std::nullopt);
    // Plain text as Markdown that shows it as written: nothing in it becomes markup.
    static QString asMarkdownText(const QString& text);
    // The title the page gets: the link's label, else its host and path.
    static QString titleFor(const Link& link);

    static constexpr int kMaxQuotedShares = 20;
    // An archived page's text is cut here (with a note): a draft is curated, not a mirror.
    static constexpr int kMaxArchivedText = 100000;
};

} // namespace folio
