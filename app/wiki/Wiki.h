#pragma once

#include "store/Database.h"
#include "store/DraftStore.h"
#include "store/LinkStore.h"
#include "store/PageStore.h"
#include "store/WikiFile.h"

#include <memory>

namespace folio {

// One open wiki file and the stores over it; the window and the command line both start here.
class Wiki
{
public:
    // Opens or creates the file (see WikiFile); a new wiki gets the starter pages.
    // Throws StoreError.
    enum class NewWiki { WithStarterPages, Empty };
    static std::unique_ptr<Wiki> open(const QString& path, const WikiFile::Options& options,
                                      NewWiki newWiki = NewWiki::WithStarterPages);
    static std::unique_ptr<Wiki> open(const QString& path);

    QString path() const { return m_database->path(); }
    Database& database() { return *m_database; }
    PageStore& pages() { return m_pages; }
    LinkStore& links() { return m_links; }
    DraftStore& drafts() { return m_drafts; }

private:
    explicit Wiki(std::unique_ptr<Database> database);

    std::unique_ptr<Database> m_database;
    PageStore m_pages;
    LinkStore m_links;
    DraftStore m_drafts;
};

} // namespace folio
