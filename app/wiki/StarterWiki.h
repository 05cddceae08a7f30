#pragma once

#include <QCoreApplication>

namespace folio {

class PageStore;

// The pages a new wiki starts with, from resources/starter: a small help centre that shows
// what Folio pages can be and links them together.
class StarterWiki
{
    Q_DECLARE_TR_FUNCTIONS(folio::StarterWiki)

public:
    static QString welcomeTitle();
    // Adds the starter pages in one transaction.
    static void populate(PageStore& store);
};

} // namespace folio
