#include "links/LinkImporter.h"

#include "core/Logging.h"
#include "links/UrlNormalizer.h"
#include "links/formats/ExportArchive.h"
#include "links/formats/ExportFormat.h"
#include "links/formats/FormatDetector.h"
#include "links/formats/TextLinks.h"
#include "store/LinkStore.h"

namespace folio {

namespace {

bool inDomains(const QString& host, const QStringList& domains)
{
    for (const QString& domain : domains) {
        const QString d = domain.trimmed().toLower();
        if (!d.isEmpty() && (host == d || host.endsWith(u'.' + d)))
            return true;
    }
    return false;
}

class ImportSink : public ExportSink
{
public:
    ImportSink(LinkStore::Import& import, const LinkImporter::Rules& rules, const QString& author,
               LinkImporter::Report& report, const LinkImporter::ProgressCallback& progress,
               const std::atomic<bool>* cancel)
        : m_import(import), m_rules(rules), m_author(author), m_report(report),
          m_progress(progress), m_cancel(cancel)
    {
    }

    void message(ChatMessage& message) override
    {
        if (m_cancel && m_cancel->load())
            throw LinkImporter::Cancelled();
        ++m_report.messages;
        if (m_progress && m_report.messages % 1000 == 0)
            m_progress({m_report.messages, m_archive ? m_archive->fractionRead() : 0.0, false});
        if (!wanted(message)) {
            ++m_report.leftOutMessages;
            if (!m_rules.includePrivate && message.channelKind != ChannelKind::Public)
                ++m_report.leftOutPrivate;
            return;
        }
        if (message.authorName.isEmpty() && message.platform == QLatin1String("bookmarks"))
            message.authorName = m_author;
        // A token in a URL is removed from the link; it must not stay in the words around it.
        message.text = withoutSecrets(message.text);
        // Chat platforms cap a message near 40,000 characters; a longer one is a dump (a log,
        // a sitemap) whose text would be copied into the search row of each of its links.
        if (message.text.size() > LinkImporter::kMaxMessageText) {
            qsizetype keep = LinkImporter::kMaxMessageText;
            if (message.text.at(keep - 1).isHighSurrogate())
                --keep; // never half an emoji
            message.text = message.text.left(keep) + QChar(0x2026);
        }
        std::vector<LinkToStore> links;
        QHash<QString, size_t> positions; // of each URL in `links`
        QSet<QString> rejected;           // each URL once per message, however often it appears
        for (const FoundLink& found : message.links) {
            const NormalizedUrl url = normalized(found.url);
            if (found.inCode && !m_rules.harvestCode) {
                leaveOut(url.isKept() ? url.url : found.url);
                continue;
            }
            const QString reason = message.isSystem
                                       ? LinkImporter::tr("a link in a system message (a join, a "
                                                          "topic, an integration added)")
                                       : url.skipReason;
            if (!reason.isEmpty()) {
                const QString key = url.isKept() ? url.url : found.url;
                if (!rejected.contains(key)) {
                    rejected.insert(key);
                    ++m_report.skippedLinks[reason];
                }
                continue;
            }
            if ((!m_rules.allowDomains.isEmpty() && !inDomains(url.host, m_rules.allowDomains)) ||
                inDomains(url.host, m_rules.denyDomains)) {
                leaveOut(url.url);
                continue;
            }
            if (url.carriedSecret)
                ++m_report.secretsRemoved;
            NormalizedUrl kept = url;
            if (!message.serverHost.isEmpty() && url.host == message.serverHost)
                kept.internal = true;
            merge(links, positions, found, kept);
        }
        m_report.linksFound += qint64(links.size());
        const LinkStore::Import::Added added = m_import.add(message, links);
        m_report.newLinks += added.newLinks;
        m_report.newShares += added.newShares;
    }

    void setArchive(const ExportArchive& archive) { m_archive = &archive; }

    void problem(const ImportProblem& problem) override
    {
        qCInfo(lcLinks) << problem.where << problem.reason;
        if (m_report.problems.size() < LinkImporter::kMaxProblemsListed)
            m_report.problems.append(problem);
        else
            ++m_report.moreProblems;
    }

private:
    // Counted once however many messages share it, as kept links are.
    void leaveOut(const QString& url)
    {
        if (!m_leftOut.contains(url)) {
            m_leftOut.insert(url);
            ++m_report.leftOutLinks;
        }
    }

    // A URL is met many times: in a message's text, its blocks and its preview, and again in
    // every message that shares it. Normalising it once is a third of the import's time.
    const NormalizedUrl& normalized(const QString& raw)
    {
        auto it = m_normalized.constFind(raw);
        if (it != m_normalized.constEnd())
            return *it;
        if (m_normalized.size() >= kNormalizedCacheSize)
            m_normalized.clear();
        return *m_normalized.insert(raw, UrlNormalizer::normalize(raw));
    }

    // `text` with every URL that held a password or token replaced by its cleaned form.
    QString withoutSecrets(const QString& text)
    {
        if (!text.contains(QLatin1String("://")))
            return text;
        QString result;
        qsizetype last = 0;
        for (const TextLinks::Span& span : TextLinks::bareUrls(text)) {
            const NormalizedUrl& url = normalized(span.url);
            if (!url.carriedSecret)
                continue;
            result += QStringView(text).mid(last, span.start - last);
            result +=
                url.isKept() ? url.url : LinkImporter::tr("[an address that held a password]");
            last = span.end;
        }
        if (last == 0)
            return text;
        result += QStringView(text).mid(last);
        return result;
    }

    bool wanted(const ChatMessage& message) const
    {
        if (!m_rules.includePrivate && message.channelKind != ChannelKind::Public)
            return false;
        if (!m_rules.channels.isEmpty() && !m_rules.channels.contains(message.channelName) &&
            !m_rules.channels.contains(message.channelId))
            return false;
        if (m_rules.since && (!message.sentAt || *message.sentAt < *m_rules.since))
            return false;
        if (m_rules.until && (!message.sentAt || *message.sentAt >= *m_rules.until))
            return false;
        return true;
    }

    // One share per URL and message: the text, a block and an unfurl often repeat a link.
    void merge(std::vector<LinkToStore>& links, QHash<QString, size_t>& positions,
               const FoundLink& found, const NormalizedUrl& url)
    {
        const int flags = (url.internal ? LinkInternal : 0) |
                          (url.carriedSecret ? LinkCarriedSecret : 0) |
                          (url.isMailto ? LinkMailto : 0);
        QString label = withoutSecrets(found.label).simplified();
        if (label == found.url || label == url.url)
            label.clear();
        // A message may hold thousands of URLs: found by hash, not by walking the list.
        const auto seen = positions.constFind(url.url);
        if (seen != positions.constEnd()) {
            LinkToStore& link = links[*seen];
            if (link.label.isEmpty())
                link.label = label;
            link.flags |= flags;
            if (link.origin == LinkOrigin::Quoted && found.origin != LinkOrigin::Quoted)
                link.origin = found.origin;
            link.inCode = link.inCode && found.inCode;
            return;
        }
        positions.insert(url.url, links.size());
        links.push_back({url.url, url.host, label, found.origin, found.inCode, flags});
    }

    LinkStore::Import& m_import;
    const LinkImporter::Rules& m_rules;
    QString m_author;
    LinkImporter::Report& m_report;
    const LinkImporter::ProgressCallback& m_progress;
    const ExportArchive* m_archive = nullptr;
    const std::atomic<bool>* m_cancel;
    QHash<QString, NormalizedUrl> m_normalized;
    QSet<QString> m_leftOut;
    static constexpr qsizetype kNormalizedCacheSize = 200000;
};

} // namespace

LinkImporter::LinkImporter(Database& db) : m_db(db)
{
}

LinkImporter::Report LinkImporter::import(const QString& path, const QString& format,
                                          const Rules& rules, const QString& author,
                                          const ProgressCallback& progress,
                                          const std::atomic<bool>* cancel)
{
    const std::unique_ptr<ExportArchive> archive = ExportArchive::open(path);
    FormatDetector detector;
    ExportFormat& reader = detector.formatOf(*archive, format);
    Report report;
    report.format = reader.displayName();
    LinkStore store(m_db);
    LinkStore::Import import(store);
    ImportSink sink(import, rules, author, report, progress, cancel);
    sink.setArchive(*archive);
    archive->resetProgress(); // recognising the format read the first bytes of some files
    for (const QString& name : archive->leftOut())
        sink.problem({name, tr("a link or special file, not a file the export wrote; not read")});
    reader.read(*archive, sink);
    if (cancel && cancel->load())
        throw Cancelled();
    if (progress)
        progress({report.messages, 1.0, true});
    import.commit();
    return report;
}

} // namespace folio
