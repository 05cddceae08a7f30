#include "search/SearchEngine.h"

#include "search/SearchSnippet.h"
#include "search/SpellingSuggester.h"
#include "store/Database.h"
#include "store/PageTitle.h"
#include "store/Statement.h"
#include "store/StoreError.h"

#include <QScopeGuard>
#include <QSet>

namespace folio {
namespace {

QList<SearchHit> readHits(Statement& query)
{
    QList<SearchHit> hits;
    while (query.step())
        hits.append({query.int64(0), query.text(1),
                     PageKinds::fromKey(query.text(2)).value_or(PageKind::Note), QString()});
    return hits;
}

// Binds the filter values in the order filterClause() wrote their placeholders.
int bindFilters(Statement& statement, const SearchQuery& query, int index)
{
    if (query.kind())
        statement.bind(index++, PageKinds::key(*query.kind()));
    for (const QString& tag : query.tags())
        statement.bind(index++, tag);
    return index;
}

} // namespace

SearchEngine::SearchEngine(Database& db) : m_db(db), m_statements(db)
{
}

void SearchEngine::interrupt()
{
    m_db.interrupt();
}

SearchResult SearchEngine::search(const SearchQuery& query, int limit)
{
    SearchResult result;
    if (query.isEmpty() || limit <= 0)
        return result;
    // However the search ends, no statement may keep its read transaction open.
    const auto resetStatements = qScopeGuard([this] { m_statements.resetAll(); });
    try {
        if (query.isSingleLetterPrefix()) {
            result.hits = titlesStartingWith(query, limit);
        } else if (!query.hasTerms()) {
            result.hits = filteredTitles(query, limit);
        } else {
            bool broad = false;
            result.hits = ranked(query, limit, &broad);
            putExactTitleFirst(query, result.hits);
            if (broad)
                addTextSnippets(query, result.hits);
            else
                addSnippets(query, result.hits);
            if (result.hits.isEmpty())
                result.suggestions = SpellingSuggester(m_db).suggest(query);
        }
    } catch (const StoreError& error) {
        if (error.code() != StoreError::Code::Interrupted)
            throw;
        result = SearchResult{};
        result.interrupted = true;
    }
    return result;
}

QString SearchEngine::filterClause(const SearchQuery& query, const QString& idColumn) const
{
    // Written against the pages row, never as "rowid IN (...)" on the index: that makes
    // SQLite probe the full-text query once per listed row, which costs seconds.
    QString clause;
    if (query.kind())
        clause += QLatin1String(" AND (SELECT kind FROM pages AS p WHERE p.id = ") + idColumn +
                  QLatin1String(") = ?");
    for (qsizetype i = 0; i < query.tags().size(); ++i)
        clause += QLatin1String(" AND EXISTS (SELECT 1 FROM page_tags WHERE page_id = ") +
                  idColumn + QLatin1String(" AND tag = ?)");
    return clause;
}

QList<SearchHit> SearchEngine::titlesStartingWith(const SearchQuery& query, int limit)
{
    // A one-letter prefix matches most of a large wiki; ranking all of it would cost
    // seconds. Titles starting with the letter come straight off the title index.
    const QString letter = PageTitle::key(query.groups().first().first().text);
    QString next = letter;
    next[next.size() - 1] = QChar(next.back().unicode() + 1);
    Statement& statement =
        m_statements.get(QLatin1String("SELECT id, title, kind FROM pages WHERE title_key >= ? "
                                       "AND title_key < ? AND deleted_at IS NULL") +
                         filterClause(query, QStringLiteral("pages.id")) +
                         QLatin1String(" ORDER BY title_key LIMIT ?"));
    statement.bind(1, letter).bind(2, next);
    const int index = bindFilters(statement, query, 3);
    statement.bind(index, qint64(limit));
    return readHits(statement);
}

QList<SearchHit> SearchEngine::filteredTitles(const SearchQuery& query, int limit)
{
    const bool excludes = !query.excluded().isEmpty();
    Statement& statement = m_statements.get(
        QLatin1String("SELECT id, title, kind FROM pages WHERE deleted_at IS NULL") +
        (excludes ? QLatin1String(" AND id NOT IN (SELECT rowid FROM page_search "
                                  "WHERE page_search MATCH ?)")
                  : QLatin1String("")) +
        filterClause(query, QStringLiteral("pages.id")) +
        QLatin1String(" ORDER BY title_key LIMIT ?"));
    int index = 1;
    if (excludes)
        statement.bind(index++, query.excludedExpression());
    index = bindFilters(statement, query, index);
    statement.bind(index, qint64(limit));
    return readHits(statement);
}

bool SearchEngine::isBroad(const QString& expression, int threshold)
{
    // Counting the first matches, unranked, stops early and costs little.
    Statement& count =
        m_statements.get(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM page_search "
                                        "WHERE page_search MATCH ? LIMIT ?)"));
    count.bind(1, expression).bind(2, qint64(threshold));
    return count.step() && count.int64(0) >= threshold;
}

QList<SearchHit> SearchEngine::bestMatches(const SearchQuery& query, const QString& expression,
                                           int limit)
{
    // Rank inside the index, keep the best rows, and only then read the pages they are. The
    // index is the outer loop (CROSS JOIN), so filters never make SQLite re-run the match.
    Statement& statement = m_statements.get(
        QLatin1String("SELECT pages.id, pages.title, pages.kind FROM (SELECT rowid AS id, rank "
                      "FROM page_search WHERE page_search MATCH ?") +
        (query.hasFilters() ? QString() : QLatin1String(" ORDER BY rank LIMIT ?")) +
        QLatin1String(") AS best CROSS JOIN pages ON pages.id = best.id WHERE 1") +
        filterClause(query, QStringLiteral("best.id")) +
        QLatin1String(" ORDER BY best.rank LIMIT ?"));
    statement.bind(1, expression);
    int index = 2;
    if (!query.hasFilters())
        statement.bind(index++, qint64(limit));
    index = bindFilters(statement, query, index);
    statement.bind(index, qint64(limit));
    return readHits(statement);
}

QList<SearchHit> SearchEngine::anyMatches(const SearchQuery& query, const QString& expression,
                                          int limit)
{
    Statement& statement = m_statements.get(
        QLatin1String("SELECT pages.id, pages.title, pages.kind FROM (SELECT rowid AS id FROM "
                      "page_search WHERE page_search MATCH ?) AS found CROSS JOIN pages ON "
                      "pages.id = found.id WHERE 1") +
        filterClause(query, QStringLiteral("found.id")) + QLatin1String(" LIMIT ?"));
    statement.bind(1, expression);
    const int index = bindFilters(statement, query, 2);
    statement.bind(index, qint64(limit));
    return readHits(statement);
}

QList<SearchHit> SearchEngine::ranked(const SearchQuery& query, int limit, bool* broad)
{
    const QString expression = query.ftsExpression();
    // A filtered query ranks every match before it can filter, so it is broad sooner.
    const int threshold = query.hasFilters() ? kBroadMatches / 4 : kBroadMatches;
    *broad = isBroad(expression, threshold);
    if (!*broad)
        return bestMatches(query, expression, limit);
    // Thousands of pages match (a common word, a short prefix): ranking them all would cost
    // a keystroke hundreds of milliseconds. Rank the pages whose titles match, which are the
    // best answers anyway, and fill up with other matches as the index lists them. When even
    // the titles are too many to rank, they are listed as found; the next letters narrow it.
    const QString inTitles = QLatin1String("title : (") + expression + u')';
    QList<SearchHit> hits = isBroad(inTitles, threshold) ? anyMatches(query, inTitles, limit)
                                                         : bestMatches(query, inTitles, limit);
    if (hits.size() < limit) {
        QSet<qint64> seen;
        for (const SearchHit& hit : std::as_const(hits))
            seen.insert(hit.pageId);
        for (const SearchHit& hit : anyMatches(query, expression, limit * 2)) {
            if (hits.size() >= limit)
                break;
            if (!seen.contains(hit.pageId))
                hits << hit;
        }
    }
    return hits;
}

void SearchEngine::putExactTitleFirst(const SearchQuery& query, QList<SearchHit>& hits)
{
    const QString key = PageTitle::key(query.plainText());
    for (qsizetype i = 0; i < hits.size(); ++i) {
        if (PageTitle::key(hits.at(i).title) == key) {
            hits.move(i, 0);
            return;
        }
    }
    if (hits.isEmpty())
        return; // nothing matched, so no page titled like the query does either
    // Past the limit, but matching the query: it still belongs on top. The title lookup is
    // one index probe; only when such a page exists is the query checked against that row.
    Statement& exact =
        m_statements.get(QLatin1String("SELECT id, title, kind FROM pages WHERE title_key = ? "
                                       "AND deleted_at IS NULL") +
                         filterClause(query, QStringLiteral("pages.id")));
    exact.bind(1, key);
    bindFilters(exact, query, 2);
    const QList<SearchHit> found = readHits(exact);
    if (found.isEmpty())
        return;
    Statement& matches = m_statements.get(
        QStringLiteral("SELECT 1 FROM page_search WHERE page_search MATCH ? AND rowid = ?"));
    matches.bind(1, query.ftsExpression()).bind(2, found.first().pageId);
    if (matches.step()) {
        hits.prepend(found.first());
        hits.removeLast();
    }
}

void SearchEngine::addTextSnippets(const SearchQuery& query, QList<SearchHit>& hits)
{
    // For a broad query, FTS5's snippet() would re-read a huge prefix list for every row;
    // the page text itself, read by key, gives the words around the first match as well.
    Statement& body = m_statements.get(QStringLiteral(
        "SELECT revisions.body FROM pages JOIN revisions ON revisions.id = pages.revision_id "
        "WHERE pages.id = ?"));
    const QStringList words = query.highlightWords();
    for (SearchHit& hit : hits) {
        body.reset();
        body.bind(1, hit.pageId);
        if (body.step())
            hit.snippet = SearchSnippet::around(body.text(0), words, 14);
    }
}

void SearchEngine::addSnippets(const SearchQuery& query, QList<SearchHit>& hits)
{
    if (hits.isEmpty())
        return;
    QStringList ids;
    for (const SearchHit& hit : std::as_const(hits))
        ids << QString::number(hit.pageId);
    // Snippets only for the rows shown: snippet() over every match is what makes the naive
    // query slow.
    Statement& statement =
        m_statements.get(QStringLiteral("SELECT rowid, snippet(page_search, -1, char(1), "
                                        "char(2), '…', 14) FROM page_search WHERE page_search "
                                        "MATCH ? AND rowid IN (") +
                         ids.join(u',') + u')');
    statement.bind(1, query.ftsExpression());
    QHash<qint64, QString> snippets;
    while (statement.step())
        snippets.insert(statement.int64(0), statement.text(1));
    for (SearchHit& hit : hits)
        hit.snippet = snippets.value(hit.pageId);
}

} // namespace folio
