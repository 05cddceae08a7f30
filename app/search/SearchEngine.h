#pragma once

#include "search/SearchQuery.h"
#include "store/PageKind.h"
#include "store/StatementCache.h"

#include <QList>
#include <QString>

namespace folio {

class Database;

struct SearchHit
{
    qint64 pageId = 0; // 0 for a link
    QString title;     // a link's label, else its address
    PageKind kind = PageKind::Note;
    // A few words around the best match, matched words between \x01 and \x02
    // (see SearchSnippet); empty for answers from titles alone.
    QString snippet;
    // Shared links are hits too, after the pages: the curated answer comes first.
    qint64 linkId = 0;
    QString url;
    // The words matched in the link's archived page (its readable text): opening the hit
    // shows that page with them marked; the snippet is from it.
    bool inArchive = false;
    bool isLink() const { return linkId != 0; }
};

struct SearchResult
{
    QList<SearchHit> hits;
    // How many pages match: exact up to SearchEngine::kCountLimit, past it "at least".
    int total = 0;
    bool totalIsLowerBound = false;
    // When nothing matched: the query with misspelt words replaced, best first.
    QStringList suggestions;
    // Links that match, counted like pages (the hits hold up to `limit` of them after the pages).
    int linkTotal = 0;
    bool linkTotalIsLowerBound = false;
    bool interrupted = false;  // a newer query cancelled this one
    bool tooManyTerms = false; // not run: see SearchQuery::hasTooManyTerms()
};

// Runs queries against the full-text index on the connection it is given — in the app, a
// read-only connection of its own on the search thread. Built so no keystroke pays for what
// it does not show: rows are ranked inside the index first, snippets are made only for the
// rows returned from a bounded window of their text, and a one-letter prefix is answered
// from titles alone. Every statement's text is one of a fixed set, so they are prepared once.
class SearchEngine
{
public:
    // Past this many matches a query is broad: only title matches are ranked.
    static constexpr int kBroadMatches = 1500;
    // Matches are counted up to here; a result list says "more than" past it.
    static constexpr int kCountLimit = kBroadMatches;
    // Snippets are cut from this much of a page's text, whatever the page's size.
    static constexpr int kSnippetWindowBytes = 48 * 1024;

    explicit SearchEngine(Database& db);

    // Throws StoreError only for real failures; an interrupted query returns `interrupted`.
    SearchResult search(const SearchQuery& query, int limit = 20);
    // Cancels the query running on this engine's connection; safe from any thread.
    void interrupt();
    // How many statements the engine keeps prepared (stays small: see StatementCache).
    int preparedStatements() const { return m_statements.size(); }

private:
    QList<SearchHit> titlesStartingWith(const SearchQuery& query, int limit, SearchResult& result);
    QList<SearchHit> filteredTitles(const SearchQuery& query, int limit, SearchResult& result);
    QList<SearchHit> ranked(const SearchQuery& query, int limit, SearchResult& result);
    int countMatches(const SearchQuery& query, const QString& expression, int cap);
    QList<SearchHit> bestMatches(const SearchQuery& query, const QString& expression, int limit);
    QList<SearchHit> anyMatches(const SearchQuery& query, const QString& expression, int limit);
    void addSnippets(const SearchQuery& query, QList<SearchHit>& hits);
    void putExactTitleFirst(const SearchQuery& query, QList<SearchHit>& hits);
    QList<SearchHit> links(const SearchQuery& query, int limit, SearchResult& result);
    QList<SearchHit> newestLinks(const SearchQuery& query, int limit, SearchResult& result);
    QList<SearchHit> linkMatches(const QString& expression, int limit, SearchResult& result);
    QList<SearchHit> filteredLinkMatches(const SearchQuery& query, const QString& expression,
                                         int limit, SearchResult& result);
    void addArchivedMatches(const SearchQuery& query, const QString& expression, int limit,
                            QList<SearchHit>& hits, SearchResult& result);

    Database& m_db;
    StatementCache m_statements;
};

} // namespace folio
