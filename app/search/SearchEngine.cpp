#include "search/SearchEngine.h"

#include "search/SpellingSuggester.h"
#include "store/Database.h"
#include "store/PageTitle.h"
#include "store/Statement.h"
#include "store/StoreError.h"

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

SearchEngine::SearchEngine(Database& db) : m_db(db)
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
    try {
        if (query.isSingleLetterPrefix()) {
            result.hits = titlesStartingWith(query, limit);
        } else if (!query.hasTerms()) {
            result.hits = filteredTitles(query, limit);
        } else {
            result.hits = ranked(query, limit);
            putExactTitleFirst(query, result.hits);
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
    QString clause;
    if (query.kind())
        clause += QLatin1String(" AND ") + idColumn +
                  QLatin1String(" IN (SELECT id FROM pages WHERE kind = ?)");
    for (qsizetype i = 0; i < query.tags().size(); ++i)
        clause += QLatin1String(" AND ") + idColumn +
                  QLatin1String(" IN (SELECT page_id FROM page_tags WHERE tag = ?)");
    return clause;
}

QList<SearchHit> SearchEngine::titlesStartingWith(const SearchQuery& query, int limit)
{
    // A one-letter prefix matches most of a large wiki; ranking all of it would cost
    // seconds. Titles starting with the letter come straight off the title index.
    const QString letter = PageTitle::key(query.groups().first().first().text);
    QString next = letter;
    next[next.size() - 1] = QChar(next.back().unicode() + 1);
    Statement statement(m_db,
                        QLatin1String("SELECT id, title, kind FROM pages WHERE title_key >= ? "
                                      "AND title_key < ? AND deleted_at IS NULL") +
                            filterClause(query, QStringLiteral("id")) +
                            QLatin1String(" ORDER BY title_key LIMIT ?"));
    statement.bind(1, letter).bind(2, next);
    const int index = bindFilters(statement, query, 3);
    statement.bind(index, qint64(limit));
    return readHits(statement);
}

QList<SearchHit> SearchEngine::filteredTitles(const SearchQuery& query, int limit)
{
    const bool excludes = !query.excluded().isEmpty();
    Statement statement(
        m_db, QLatin1String("SELECT id, title, kind FROM pages WHERE deleted_at IS NULL") +
                  (excludes ? QLatin1String(" AND id NOT IN (SELECT rowid FROM page_search "
                                            "WHERE page_search MATCH ?)")
                            : QLatin1String("")) +
                  filterClause(query, QStringLiteral("id")) +
                  QLatin1String(" ORDER BY title_key LIMIT ?"));
    int index = 1;
    if (excludes)
        statement.bind(index++, query.excludedExpression());
    index = bindFilters(statement, query, index);
    statement.bind(index, qint64(limit));
    return readHits(statement);
}

QList<SearchHit> SearchEngine::ranked(const SearchQuery& query, int limit)
{
    // Rank inside the index, keep the best rows, and only then join the pages they are.
    Statement statement(
        m_db, QLatin1String("SELECT pages.id, pages.title, pages.kind FROM ("
                            "SELECT rowid AS id, rank FROM page_search WHERE page_search MATCH ?") +
                  filterClause(query, QStringLiteral("rowid")) +
                  QLatin1String(" ORDER BY rank LIMIT ?) AS best "
                                "JOIN pages ON pages.id = best.id ORDER BY best.rank"));
    statement.bind(1, query.ftsExpression());
    const int index = bindFilters(statement, query, 2);
    statement.bind(index, qint64(limit));
    return readHits(statement);
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
    // Past the limit, but matching the query: it still belongs on top.
    Statement exact(m_db,
                    QLatin1String("SELECT pages.id, pages.title, pages.kind FROM pages "
                                  "WHERE title_key = ? AND deleted_at IS NULL AND id IN "
                                  "(SELECT rowid FROM page_search WHERE page_search MATCH ?)") +
                        filterClause(query, QStringLiteral("id")));
    exact.bind(1, key).bind(2, query.ftsExpression());
    bindFilters(exact, query, 3);
    const QList<SearchHit> found = readHits(exact);
    if (!found.isEmpty()) {
        hits.prepend(found.first());
        if (hits.size() > 1)
            hits.removeLast();
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
    Statement statement(m_db, QStringLiteral("SELECT rowid, snippet(page_search, -1, char(1), "
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
