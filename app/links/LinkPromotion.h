#pragma once

#include "store/LinkStore.h"
#include "store/Page.h"

#include <QCoreApplication>

namespace folio {

// Turns a shared link into a draft wiki page: the link, its title, and the conversation that
// shared it, quoted with who said it where and when — the step from chat to knowledge base.
class LinkPromotion
{
    Q_DECLARE_TR_FUNCTIONS(folio::LinkPromotion)

public:
    static PageContent pageFor(const Link& link, const std::vector<LinkShare>& shares);
    // The title the page gets: the link's label, else its host and path.
    static QString titleFor(const Link& link);

    static constexpr int kMaxQuotedShares = 20;
};

} // namespace folio
