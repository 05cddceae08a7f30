#include "sync/LinkMerger.h"

#include "archive/ArchiveStore.h"
#include "links/UrlNormalizer.h"
#include "store/Statement.h"

#include <QSet>

namespace folio {

LinkMerger::LinkMerger(Database& db)
    : m_db(db), m_store(db), m_import(std::make_unique<LinkStore::Import>(m_store)),
      m_archive(std::make_unique<ArchiveStore>(db))
{
}

LinkMerger::~LinkMerger() = default;

void LinkMerger::snapshot(const QString& contentType, const QByteArray& data)
{
    m_archive->keepSnapshot(data, contentType);
}

void LinkMerger::messages(const QList<ChatMessage>& messages)
{
    for (const ChatMessage& message : messages) {
        std::vector<LinkToStore> links;
        QSet<QString> seen;
        for (const FoundLink& found : message.links) {
            const NormalizedUrl url = UrlNormalizer::normalize(found.url);
            if (!url.isKept()) {
                ++m_summary.skipped;
                continue;
            }
            if (seen.contains(url.url))
                continue;
            seen.insert(url.url);
            const int flags = (url.internal ? LinkInternal : 0) |
                              (url.carriedSecret ? LinkCarriedSecret : 0) |
                              (url.isMailto ? LinkMailto : 0);
            links.push_back({url.url, url.host, found.label, found.origin, found.inCode, flags});
        }
        const LinkStore::Import::Added added = m_import->add(message, links);
        m_summary.links += added.newLinks;
        m_summary.shares += added.newShares;
    }
}

void LinkMerger::links(const QList<LinkRecord>& links)
{
    for (const LinkRecord& record : links) {
        const NormalizedUrl url = UrlNormalizer::normalize(record.url);
        if (!url.isKept())
            continue;
        const std::optional<Link> link = m_store.find(url.url);
        if (!link)
            continue; // a link no message shared: nothing to hang it on
        QStringList tags = m_store.tags(link->id);
        bool moreTags = false;
        for (const QString& tag : record.tags)
            if (!tag.trimmed().isEmpty() && !tags.contains(tag.trimmed())) {
                tags << tag.trimmed();
                moreTags = true;
            }
        if (moreTags)
            m_store.setTags(link->id, tags);
        if (record.hidden && !link->hidden)
            m_store.setHidden(link->id, true);
        const int flags = record.flags & (LinkInternal | LinkCarriedSecret | LinkMailto);
        if (flags != 0) {
            Statement mark(m_db, QStringLiteral("UPDATE links SET flags = flags | ? WHERE id = ?"));
            mark.bind(1, qint64(flags)).bind(2, link->id).run();
        }
        for (const Capture& capture : record.captures)
            if (m_archive->addCapture(link->id, capture))
                ++m_summary.captures;
    }
}

LinkMerger::Summary LinkMerger::finish()
{
    m_import->commit();
    m_import.reset();
    return m_summary;
}

} // namespace folio
