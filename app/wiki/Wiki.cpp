#include "wiki/Wiki.h"

#include "store/WikiFile.h"
#include "wiki/StarterWiki.h"

namespace folio {

std::unique_ptr<Wiki> Wiki::open(const QString& path)
{
    WikiFile::Opened opened = WikiFile::open(path);
    std::unique_ptr<Wiki> wiki(new Wiki(std::move(opened.database)));
    if (opened.created)
        StarterWiki::populate(wiki->pages());
    return wiki;
}

Wiki::Wiki(std::unique_ptr<Database> database)
    : m_database(std::move(database)), m_pages(*m_database)
{
}

} // namespace folio
