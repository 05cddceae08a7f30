#include "wiki/Wiki.h"

#include "store/StoreError.h"
#include "store/WikiFile.h"
#include "wiki/StarterWiki.h"

namespace folio {

std::unique_ptr<Wiki> Wiki::open(const QString& path)
{
    return open(path, WikiFile::Options());
}

std::unique_ptr<Wiki> Wiki::open(const QString& path, const WikiFile::Options& options,
                                 NewWiki newWiki)
{
    WikiFile::Opened opened = WikiFile::open(path, options);
    std::unique_ptr<Wiki> wiki(new Wiki(std::move(opened.database)));
    if (!opened.created || newWiki == NewWiki::Empty)
        return wiki;
    try {
        StarterWiki::populate(wiki->pages());
    } catch (const StoreError&) {
        // A new wiki without its starter pages (a full disk) is not left behind half made.
        if (opened.newFile) {
            wiki.reset();
            WikiFile::removeWithJournals(path);
        }
        throw;
    }
    return wiki;
}

Wiki::Wiki(std::unique_ptr<Database> database)
    : m_database(std::move(database)), m_pages(*m_database), m_links(*m_database),
      m_drafts(*m_database)
{
}

} // namespace folio
