#include "search/SearchEngine.h"

#include "search/SearchSnippet.h"
#include "search/SpellingSuggester.h"
#include "store/Database.h"
#include "store/PageTitle.h"
#include "store/Statement.h"
#include "store/StoreError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSet>

namespace folio {
namespace {

// Filters are bound to fixed parameter numbers, so one statement text serves every filter:
// ?101 the kinds a page may have, ?102 the tags it must have (?103 how many), ?104 the tags
// it must not have; each list as a JSON array.
constexpr int kKindsParameter = 101;
constexpr int kTagsParameter = 102;
constexpr int kTagCountParameter = 103;
constexpr int kExcludedTagsParameter = 104;

QList<SearchHit> readHits(Statement& query)
{
    QList<SearchHit> hits;
    while (query.step())
        hits.append({query.int64(0), query.text(1),
                     PageKinds::fromKey(query.text(2)).value_or(PageKind::Note), QString(), 0,
                     QString()});
    return hits;
}

// Written against the pages row, never as "rowid IN (...)" on the index: that makes SQLite
// probe the full-text query once per listed row, which costs seconds.
QString filterClause(const SearchQuery& query, const QString& idColumn)
{
    if (!query.hasFilters())
        return {};
    return QLatin1String(" AND (SELECT kind FROM pages AS p WHERE p.id = ") + idColumn +
           QLatin1String(") IN (SELECT value FROM json_each(?101)) AND (SELECT count(*) FROM "
                         "page_tags WHERE page_id = ") +
           idColumn +
           QLatin1String(" AND tag IN (SELECT value FROM json_each(?102))) = ?103 AND NOT "
                         "EXISTS (SELECT 1 FROM page_tags WHERE page_id = ") +
           idColumn + QLatin1String(" AND tag IN (SELECT value FROM json_each(?104)))");
}

// Drafts and pages in review are few: the set of their ids is built once per statement run
// (through the partial index on status), and each match is tested against it.
QString publishedClause(const SearchQuery& query, const QString& idColumn)
{
    if (query.includesUnpublished())
        return {};
    return QLatin1String(" AND ") + idColumn +
           QLatin1String(" NOT IN (SELECT id FROM pages WHERE status IN ('draft', 'review') AND "
                         "deleted_at IS NULL)");
}

// Every condition on the pages a query may return.
QString pageClause(const SearchQuery& query, const QString& idColumn)
{
    return filterClause(query, idColumn) + publishedClause(query, idColumn);
}

QString jsonArray(const QStringList& values)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

void bindFilters(Statement& statement, const SearchQuery& query)
{
    if (!query.hasFilters())
        return;
    const QStringList kinds = query.kindKeys();
    statement.bind(kKindsParameter, jsonArray(kinds.isEmpty() ? PageKinds::keys() : kinds));
    const QStringList tags = QSet<QString>(query.tags().cbegin(), query.tags().cend()).values();
    statement.bind(kTagsParameter, jsonArray(tags));
    statement.bind(kTagCountParameter, qint64(tags.size()));
    statement.bind(kExcludedTagsParameter, jsonArray(query.excludedTags()));
}

// `counted` matches were counted with a cap of kCountLimit + 1: one more means "more than".
void setTotal(SearchResult& result, qint64 counted)
{
    result.totalIsLowerBound = counted > SearchEngine::kCountLimit;
    result.total = int(qMin<qint64>(counted, SearchEngine::kCountLimit));
}

// Past the counting limit, the rows returned may be more than the count: at least those.
void includeHits(SearchResult& result)
{
    result.total = qMax(result.total, int(result.hits.size()));
}

void setLinkTotal(SearchResult& result, qint64 counted)
{
    result.linkTotalIsLowerBound = counted > SearchEngine::kCountLimit;
    result.linkTotal = int(qMin<qint64>(counted, SearchEngine::kCountLimit));
}

// Link filters bind to fixed parameters (NULL: not asked for), so one statement text serves
// every combination: ?201 channel, ?202 person, ?203 domain, ?204 after, ?205 before, ?206 the
// label's first letter.
const QString kLinkFilters = QStringLiteral(
    " AND l.hidden = 0"
    " AND (?203 IS NULL OR l.host = ?203 OR l.host LIKE '%.' || ?203)"
    " AND (?204 IS NULL OR l.last_shared_at >= ?204)"
    " AND (?205 IS NULL OR l.first_shared_at < ?205)"
    " AND (?206 IS NULL OR l.label LIKE ?206 ESCAPE '\\')"
    " AND ((?201 IS NULL AND ?202 IS NULL) OR EXISTS (SELECT 1 FROM link_shares s JOIN "
    "link_messages m ON m.id = s.message_id WHERE s.link_id = l.id"
    " AND (?201 IS NULL OR m.channel_name = ?201 COLLATE NOCASE)"
    " AND (?202 IS NULL OR m.author_name = ?202 COLLATE NOCASE)))");

void bindLinkFilters(Statement& statement, const SearchQuery& query)
{
    const auto text = [&](int index, const QString& value) {
        if (value.isEmpty())
            statement.bindNull(index);
        else
            statement.bind(index, value);
    };
    text(201, query.channel());
    text(202, query.person());
    text(203, query.domain());
    statement.bind(204, query.sharedAfter());
    statement.bind(205, query.sharedBefore());
    QString letter;
    if (query.isSingleLetterPrefix()) {
        // Uses the label index (links_by_label, NOCASE), as LIKE compares ASCII without case.
        letter = Statement::likeEscaped(query.groups().first().first().text) + u'%';
    }
    text(206, letter);
}

QList<SearchHit> readLinkHits(Statement& statement)
{
    QList<SearchHit> hits;
    while (statement.step()) {
        SearchHit hit;
        hit.linkId = statement.int64(0);
        hit.url = statement.text(1);
        hit.title = statement.text(2).isEmpty() ? hit.url : statement.text(2);
        hits << hit;
    }
    return hits;
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
    result.tooManyTerms = query.hasTooManyTerms();
    if (query.isEmpty() || query.matchesNothing() || query.hasTooManyTerms() || limit <= 0)
        return result;
    // However the search ends, no statement may keep its read transaction open.
    const auto resetStatements = qScopeGuard([this] { m_statements.resetAll(); });
    try {
        if (!query.searchesPages()) {
            // in:links, channel:, from:… — links alone
        } else if (query.isSingleLetterPrefix()) {
            result.hits = titlesStartingWith(query, limit, result);
        } else if (!query.hasTerms()) {
            result.hits = filteredTitles(query, limit, result);
        } else {
            result.hits = ranked(query, limit, result);
            putExactTitleFirst(query, result.hits);
            addSnippets(query, result.hits);
        }
        includeHits(result);
        // One letter matches most links: they join from the second letter on.
        if (query.searchesLinks() && (!query.isSingleLetterPrefix() || !query.searchesPages()))
            result.hits += links(query, limit, result);
        if (result.hits.isEmpty() && query.hasTerms())
            result.suggestions = SpellingSuggester(m_db).suggest(query);
    } catch (const StoreError& error) {
        if (error.code() != StoreError::Code::Interrupted)
            throw;
        result = SearchResult{};
        result.interrupted = true;
    }
    return result;
}

QList<SearchHit> SearchEngine::titlesStartingWith(const SearchQuery& query, int limit,
                                                  SearchResult& result)
{
    // A one-letter prefix matches most of a large wiki; ranking all of it would cost
    // seconds. Titles starting with the letter come straight off the title index.
    const QString letter = PageTitle::key(query.groups().first().first().text);
    QString next = letter;
    next[next.size() - 1] = QChar(next.back().unicode() + 1);
    const QString matching = QLatin1String("FROM pages WHERE title_key >= ?1 AND title_key < ?2 "
                                           "AND deleted_at IS NULL") +
                             pageClause(query, QStringLiteral("pages.id"));
    Statement& count = m_statements.get(QLatin1String("SELECT count(*) FROM (SELECT 1 ") +
                                        matching + QLatin1String(" LIMIT ?3)"));
    count.bind(1, letter).bind(2, next).bind(3, qint64(kCountLimit + 1));
    bindFilters(count, query);
    setTotal(result, count.step() ? count.int64(0) : 0);

    Statement& statement = m_statements.get(QLatin1String("SELECT id, title, kind ") + matching +
                                            QLatin1String(" ORDER BY title_key LIMIT ?3"));
    statement.bind(1, letter).bind(2, next).bind(3, qint64(limit));
    bindFilters(statement, query);
    return readHits(statement);
}

QList<SearchHit> SearchEngine::filteredTitles(const SearchQuery& query, int limit,
                                              SearchResult& result)
{
    const bool excludes = !query.excluded().isEmpty();
    const QString matching =
        QLatin1String("FROM pages WHERE deleted_at IS NULL") +
        (excludes ? QLatin1String(" AND id NOT IN (SELECT rowid FROM page_search "
                                  "WHERE page_search MATCH ?1)")
                  : QLatin1String("")) +
        pageClause(query, QStringLiteral("pages.id"));
    Statement& count = m_statements.get(QLatin1String("SELECT count(*) FROM (SELECT 1 ") +
                                        matching + QLatin1String(" LIMIT ?2)"));
    Statement& statement = m_statements.get(QLatin1String("SELECT id, title, kind ") + matching +
                                            QLatin1String(" ORDER BY title_key LIMIT ?2"));
    for (Statement* s : {&count, &statement}) {
        if (excludes)
            s->bind(1, query.excludedExpression());
        bindFilters(*s, query);
    }
    count.bind(2, qint64(kCountLimit + 1));
    setTotal(result, count.step() ? count.int64(0) : 0);
    statement.bind(2, qint64(limit));
    return readHits(statement);
}

int SearchEngine::countMatches(const SearchQuery& query, const QString& expression, int cap)
{
    // Counting the first matches, unranked, stops early and costs little.
    Statement& count = m_statements.get(
        QLatin1String("SELECT count(*) FROM (SELECT 1 FROM (SELECT rowid AS id FROM page_search "
                      "WHERE page_search MATCH ?1) AS found WHERE 1") +
        pageClause(query, QStringLiteral("found.id")) + QLatin1String(" LIMIT ?2)"));
    count.bind(1, expression).bind(2, qint64(cap));
    bindFilters(count, query);
    return count.step() ? int(count.int64(0)) : 0;
}

QList<SearchHit> SearchEngine::bestMatches(const SearchQuery& query, const QString& expression,
                                           int limit)
{
    // Rank inside the index, keep the best rows, and only then read the pages they are. The
    // index is the outer loop (CROSS JOIN), so filters never make SQLite re-run the match.
    Statement& statement = m_statements.get(
        QLatin1String("SELECT pages.id, pages.title, pages.kind FROM (SELECT rowid AS id, rank "
                      "FROM page_search WHERE page_search MATCH ?1") +
        publishedClause(query, QStringLiteral("rowid")) +
        (query.hasFilters() ? QString() : QLatin1String(" ORDER BY rank LIMIT ?2")) +
        QLatin1String(") AS best CROSS JOIN pages ON pages.id = best.id WHERE 1") +
        filterClause(query, QStringLiteral("best.id")) +
        QLatin1String(" ORDER BY best.rank LIMIT ?2"));
    statement.bind(1, expression).bind(2, qint64(limit));
    bindFilters(statement, query);
    return readHits(statement);
}

QList<SearchHit> SearchEngine::anyMatches(const SearchQuery& query, const QString& expression,
                                          int limit)
{
    Statement& statement = m_statements.get(
        QLatin1String("SELECT pages.id, pages.title, pages.kind FROM (SELECT rowid AS id FROM "
                      "page_search WHERE page_search MATCH ?1) AS found CROSS JOIN pages ON "
                      "pages.id = found.id WHERE 1") +
        pageClause(query, QStringLiteral("found.id")) + QLatin1String(" LIMIT ?2"));
    statement.bind(1, expression).bind(2, qint64(limit));
    bindFilters(statement, query);
    return readHits(statement);
}

QList<SearchHit> SearchEngine::ranked(const SearchQuery& query, int limit, SearchResult& result)
{
    const QString expression = query.ftsExpression();
    // A filtered query ranks every match before it can filter, so it is broad sooner.
    const int threshold = query.hasFilters() ? kBroadMatches / 4 : kBroadMatches;
    const int counted = countMatches(query, expression, kCountLimit + 1);
    setTotal(result, counted);
    const bool broad = counted >= threshold;
    // Pages whose titles hold every word come first, ranked among themselves; then the other
    // matches, ranked too unless thousands of pages match (a common word, a short prefix):
    // ranking them all would cost a keystroke hundreds of milliseconds, and the next letters
    // narrow it. Title matches are few, so they are ranked unless they too are thousands.
    const QString inTitles = query.titleExpression();
    QList<SearchHit> hits = countMatches(query, inTitles, threshold) >= threshold
                                ? anyMatches(query, inTitles, limit)
                                : bestMatches(query, inTitles, limit);
    if (hits.size() < limit) {
        QSet<qint64> seen;
        for (const SearchHit& hit : std::as_const(hits))
            seen.insert(hit.pageId);
        const int wanted = limit + int(hits.size());
        const QList<SearchHit> others =
            broad ? anyMatches(query, expression, wanted) : bestMatches(query, expression, wanted);
        for (const SearchHit& hit : others) {
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
        m_statements.get(QLatin1String("SELECT id, title, kind FROM pages WHERE title_key = ?1 "
                                       "AND deleted_at IS NULL") +
                         pageClause(query, QStringLiteral("pages.id")));
    exact.bind(1, key);
    bindFilters(exact, query);
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

QList<SearchHit> SearchEngine::links(const SearchQuery& query, int limit, SearchResult& result)
{
    // A one-letter prefix would make the index merge every word starting with it (hundreds of
    // milliseconds over 500,000 links): it is matched against labels instead (newestLinks).
    const bool oneLetter = query.isSingleLetterPrefix();
    const QString expression = query.hasTerms() && !oneLetter ? query.linkExpression() : QString();
    QList<SearchHit> hits;
    if (expression.isEmpty())
        hits = newestLinks(query, limit, result);
    else if (query.hasLinkFilters())
        hits = filteredLinkMatches(query, expression, limit, result);
    else
        hits = linkMatches(expression, limit, result);
    // The archived pages' index names its columns as the pages' does (title:).
    if (!expression.isEmpty())
        addArchivedMatches(query, query.ftsExpression(), limit, hits, result);
    // The words around the match, from what the shares said.
    Statement& text = m_statements.get(
        QStringLiteral("SELECT substr(text, 1, 4000) FROM link_search WHERE rowid = ?"));
    const QStringList words = query.highlightWords();
    for (SearchHit& hit : hits) {
        if (hit.inArchive)
            continue;
        text.reset();
        text.bind(1, hit.linkId);
        if (text.step())
            hit.snippet = SearchSnippet::around(text.text(0), words, 14);
        text.reset();
    }
    return hits;
}

void SearchEngine::addArchivedMatches(const SearchQuery& query, const QString& expression,
                                      int limit, QList<SearchHit>& hits, SearchResult& result)
{
    // The pages archived for links are searched by their readable text: a match there comes
    // before links that matched only by what was said about them, and is marked, so that it
    // opens the page itself. Few links are archived next to the links imported: ranked.
    Statement& found = m_statements.get(
        QLatin1String("SELECT l.id, l.url, coalesce(nullif(l.label, ''), "
                      " (SELECT c.title FROM capture_search c WHERE c.rowid = l.id)) "
                      "FROM (SELECT rowid AS id, rank FROM capture_search WHERE capture_search "
                      " MATCH ?1 ORDER BY rank LIMIT ?2) AS found "
                      "CROSS JOIN links l ON l.id = found.id WHERE 1") +
        kLinkFilters + QLatin1String(" ORDER BY found.rank"));
    found.bind(1, expression).bind(2, qint64(limit));
    bindLinkFilters(found, query);
    QList<SearchHit> archived = readLinkHits(found);
    if (archived.isEmpty())
        return;
    Statement& text = m_statements.get(
        QStringLiteral("SELECT substr(text, 1, 20000) FROM capture_search WHERE rowid = ?"));
    const QStringList words = query.highlightWords();
    QSet<qint64> ids;
    for (SearchHit& hit : archived) {
        hit.inArchive = true;
        ids.insert(hit.linkId);
        text.reset();
        text.bind(1, hit.linkId);
        if (text.step())
            hit.snippet = SearchSnippet::around(text.text(0), words, 14);
        text.reset();
    }
    int alsoShared = 0;
    for (const SearchHit& hit : std::as_const(hits)) {
        if (ids.contains(hit.linkId))
            ++alsoShared;
        else
            archived << hit;
    }
    if (!result.linkTotalIsLowerBound)
        setLinkTotal(result, result.linkTotal + ids.size() - alsoShared);
    hits = archived.mid(0, limit);
}

QList<SearchHit> SearchEngine::newestLinks(const SearchQuery& query, int limit,
                                           SearchResult& result)
{
    // One letter: the label index (links_by_label) counts the labels starting with it. Many:
    // the newest are found soon walking back in time ("+" keeps the label index out of it);
    // few: their range of the label index is read and sorted.
    const bool oneLetter = query.isSingleLetterPrefix();
    const QString condition =
        oneLetter ? QStringLiteral("l.label LIKE ?206 ESCAPE '\\'") : QStringLiteral("1");
    Statement& count =
        m_statements.get(QLatin1String("SELECT count(*) FROM (SELECT 1 FROM links l WHERE ") +
                         condition + kLinkFilters + QLatin1String(" LIMIT ?1)"));
    count.bind(1, qint64(kCountLimit + 1));
    bindLinkFilters(count, query);
    const qint64 counted = count.step() ? count.int64(0) : 0;
    setLinkTotal(result, counted);
    const bool walkBack = oneLetter && counted >= kBroadMatches;
    Statement& newest =
        m_statements.get(QLatin1String("SELECT l.id, l.url, l.label FROM links l WHERE ") +
                         (walkBack ? QLatin1String("+") : QLatin1String("")) + condition +
                         kLinkFilters + QLatin1String(" ORDER BY l.last_shared_at DESC LIMIT ?1"));
    newest.bind(1, qint64(limit));
    bindLinkFilters(newest, query);
    return readLinkHits(newest);
}

QList<SearchHit> SearchEngine::linkMatches(const QString& expression, int limit,
                                           SearchResult& result)
{
    // Hidden links have no row in the index (LinkStore keeps it so), so the index alone counts
    // and orders. A prefix makes FTS5 merge the lists of every word it starts, whatever the
    // LIMIT: one pass, newest first, both counts and lists the broad matches.
    Statement& newest =
        m_statements.get(QStringLiteral("SELECT rowid FROM link_search WHERE link_search MATCH ?1 "
                                        "ORDER BY rowid DESC LIMIT ?2"));
    newest.bind(1, expression).bind(2, qint64(qMax(limit, kCountLimit + 1)));
    QList<qint64> ids;
    while (newest.step())
        ids << newest.int64(0);
    newest.reset();
    setLinkTotal(result, ids.size());
    if (ids.size() >= kBroadMatches) {
        // Ranking that many would cost the keystroke: the most recently imported first, as
        // pages do.
        Statement& row =
            m_statements.get(QStringLiteral("SELECT id, url, label FROM links WHERE id = ?"));
        QList<SearchHit> hits;
        for (qsizetype i = 0; i < ids.size() && hits.size() < limit; ++i) {
            row.reset();
            row.bind(1, ids.at(i));
            hits += readLinkHits(row);
        }
        row.reset();
        return hits;
    }
    Statement& ranked = m_statements.get(QStringLiteral(
        "SELECT l.id, l.url, l.label FROM (SELECT rowid AS id, rank FROM link_search WHERE "
        "link_search MATCH ?1 ORDER BY rank LIMIT ?2) AS found CROSS JOIN links l ON "
        "l.id = found.id ORDER BY found.rank"));
    ranked.bind(1, expression).bind(2, qint64(limit));
    return readLinkHits(ranked);
}

QList<SearchHit> SearchEngine::filteredLinkMatches(const SearchQuery& query,
                                                   const QString& expression, int limit,
                                                   SearchResult& result)
{
    const QString found = QStringLiteral(
        "link_search WHERE link_search MATCH ?1) AS found CROSS JOIN links l ON l.id = found.id "
        "WHERE 1");
    Statement& count = m_statements.get(
        QLatin1String("SELECT count(*) FROM (SELECT 1 FROM (SELECT rowid AS id FROM ") + found +
        kLinkFilters + QLatin1String(" LIMIT ?2)"));
    count.bind(1, expression).bind(2, qint64(kCountLimit + 1));
    bindLinkFilters(count, query);
    const qint64 counted = count.step() ? count.int64(0) : 0;
    setLinkTotal(result, counted);
    // Ranked while the matches are few; past that, a bounded number of the newest matches is
    // taken from the index before the filters thin it.
    const bool broad = counted >= kBroadMatches;
    Statement& statement = m_statements.get(
        broad ? QString(QLatin1String(
                            "SELECT l.id, l.url, l.label FROM (SELECT rowid AS id FROM "
                            "link_search WHERE link_search MATCH ?1 ORDER BY rowid DESC "
                            "LIMIT ?3) AS found CROSS JOIN links l ON l.id = found.id WHERE 1") +
                        kLinkFilters + QLatin1String(" LIMIT ?2"))
              : QString(QLatin1String(
                            "SELECT l.id, l.url, l.label FROM (SELECT rowid AS id, rank FROM ") +
                        found + kLinkFilters + QLatin1String(" ORDER BY found.rank LIMIT ?2")));
    statement.bind(1, expression).bind(2, qint64(limit));
    if (broad)
        statement.bind(3, qint64(limit * 50));
    bindLinkFilters(statement, query);
    return readLinkHits(statement);
}

void SearchEngine::addSnippets(const SearchQuery& query, QList<SearchHit>& hits)
{
    // FTS5's snippet() costs the square of a word's occurrences in a row (34 s on a 4 MB
    // page), so snippets are cut by Folio from the opening of each page's text instead: the
    // same cost on a 50 MB page as on a 5 kB one. A match further in shows the opening words.
    Statement& revision =
        m_statements.get(QStringLiteral("SELECT revision_id FROM pages WHERE id = ?"));
    const QStringList words = query.highlightWords();
    for (SearchHit& hit : hits) {
        revision.reset();
        revision.bind(1, hit.pageId);
        if (!revision.step())
            continue;
        const qint64 revisionId = revision.int64(0);
        revision.reset();
        const QByteArray opening =
            m_db.readPrefix("revisions", "body", revisionId, kSnippetWindowBytes);
        hit.snippet = SearchSnippet::around(QString::fromUtf8(opening), words, 14);
    }
}

} // namespace folio
