#include "wiki/Backlinks.h"

#include "markdown/WikiLinkSources.h"
#include "store/PageStore.h"
#include "store/PageTitle.h"
#include "store/Statement.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace folio {
namespace {

// An FTS5 phrase of the title's words, as the index tokenizes them (case, accents and
// punctuation aside); a title with no words makes an empty phrase, which matches nothing.
QString phraseQuery(const QString& title)
{
    QString quoted = title;
    quoted.replace(u'"', QLatin1String("\"\""));
    return QLatin1String("body : \"") + quoted + u'"';
}

bool linksTo(const QByteArray& utf8, const QString& key)
{
    if (!utf8.contains("[["))
        return false;
    const QList<WikiLinkSources::Target> targets = WikiLinkSources::targets(utf8);
    return std::any_of(targets.cbegin(), targets.cend(), [&](const WikiLinkSources::Target& t) {
        return PageTitle::key(t.title) == key;
    });
}

} // namespace

Backlinks BacklinkFinder::find(qint64 pageId, const QString& title) const
{
    Backlinks result;
    const QString key = PageTitle::key(title);
    if (key.isEmpty())
        return result;
    const QString match = phraseQuery(title);
    // Links: only texts that hold "[[" are parsed, every one of them, so none is missed.
    // (Not sorted by SQLite: that would carry every text through the sort.)
    QSet<qint64> linkers;
    QList<std::pair<QString, QString>> linked; // key, title
    Statement links(m_store.database(),
                    QStringLiteral("SELECT pages.id, pages.title, revisions.body FROM page_search "
                                   "JOIN pages ON pages.id = page_search.rowid "
                                   "JOIN revisions ON revisions.id = pages.revision_id "
                                   "WHERE page_search MATCH ? AND pages.deleted_at IS NULL "
                                   "AND pages.id != ? AND instr(revisions.body, '[[') > 0"));
    links.bind(1, match).bind(2, pageId);
    while (links.step()) {
        if (linksTo(links.blob(2), key)) {
            linkers.insert(links.int64(0));
            linked.append({PageTitle::key(links.text(1)), links.text(1)});
        }
    }
    std::sort(linked.begin(), linked.end());
    for (const auto& [sortKey, linkTitle] : std::as_const(linked))
        result.linkedFrom << linkTitle;

    // Mentions: the first few in title order are read; past them, the index counts the rest
    // (a title of one common word is named on thousands of pages, and no one reads that list).
    QStringList words = PageTitle::normalized(title).split(u' ', Qt::SkipEmptyParts);
    for (QString& word : words)
        word = QRegularExpression::escape(word);
    // Whole words: "Go" is not mentioned by "going".
    const QRegularExpression mention(
        QLatin1String("(?<![\\p{L}\\p{N}_])") + words.join(QLatin1String("\\s+")) +
            QLatin1String("(?![\\p{L}\\p{N}_])"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    // Sorted by title without the texts; each text is read only when its turn comes.
    Statement mentions(m_store.database(),
                       QStringLiteral("SELECT pages.id, pages.title FROM page_search "
                                      "JOIN pages ON pages.id = page_search.rowid "
                                      "WHERE page_search MATCH ? AND pages.deleted_at IS NULL "
                                      "AND pages.id != ? ORDER BY pages.title_key"));
    mentions.bind(1, match).bind(2, pageId);
    Statement text(m_store.database(),
                   QStringLiteral("SELECT revisions.body FROM pages JOIN revisions "
                                  "ON revisions.id = pages.revision_id WHERE pages.id = ?"));
    int read = 0, linkersRead = 0;
    while (result.mentionedIn.size() < kMaxMentions && mentions.step()) {
        ++read;
        const qint64 id = mentions.int64(0);
        if (linkers.contains(id)) {
            ++linkersRead;
            continue;
        }
        text.reset();
        text.bind(1, id);
        if (text.step() && text.text(0).contains(mention))
            result.mentionedIn << mentions.text(1);
    }
    if (result.mentionedIn.size() == kMaxMentions) {
        Statement count(m_store.database(),
                        QStringLiteral("SELECT count(*) FROM page_search JOIN pages ON "
                                       "pages.id = page_search.rowid WHERE page_search MATCH ? "
                                       "AND pages.deleted_at IS NULL AND pages.id != ?"));
        count.bind(1, match).bind(2, pageId);
        count.step();
        // Pages not read yet that hold the words; some may link instead, or hold the words
        // apart: an estimate, said as one.
        const qint64 linkersLeft = linkers.size() - linkersRead;
        result.moreMentions = int(qMax<qint64>(0, count.int64(0) - read - linkersLeft));
    }
    return result;
}

} // namespace folio
