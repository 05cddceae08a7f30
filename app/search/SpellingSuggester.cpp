#include "search/SpellingSuggester.h"

#include "search/SearchEngine.h"
#include "search/SearchSnippet.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <vector>

namespace folio {
namespace {

QString quotedForFts(const QString& word)
{
    return u'"' + QString(word).replace(u'"', QLatin1String("\"\"")) + u'"';
}

} // namespace

SpellingSuggester::SpellingSuggester(Database& db) : m_db(db)
{
}

int SpellingSuggester::editDistance(const QString& a, const QString& b)
{
    // Damerau-Levenshtein (optimal string alignment): a swapped pair costs one edit.
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    std::vector<std::vector<int>> d(size_t(n + 1), std::vector<int>(size_t(m + 1)));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

QStringList SpellingSuggester::suggest(const SearchQuery& query)
{
    QString suggestion;
    bool changed = false;
    for (const SearchQuery::Term& term : query.positiveTerms()) {
        QString word = term.text;
        // A word still being typed is not misspelt yet.
        if (!term.phrase && !term.prefix && word.size() >= 3 && !matches(word)) {
            const QString closest = closestWord(word);
            if (!closest.isEmpty()) {
                word = closest;
                changed = true;
            }
        }
        suggestion += (suggestion.isEmpty() ? QString() : QStringLiteral(" ")) +
                      (term.phrase ? u'"' + word + u'"' : word);
    }
    return changed ? QStringList{suggestion} : QStringList{};
}

bool SpellingSuggester::matches(const QString& word)
{
    Statement statement(
        m_db, QStringLiteral("SELECT 1 FROM page_search WHERE page_search MATCH ? LIMIT 1"));
    statement.bind(1, quotedForFts(word));
    return statement.step();
}

QString SpellingSuggester::closestWord(const QString& word)
{
    const QString wanted = SearchQuery::folded(word);
    if (wanted.isEmpty())
        return {};
    // Candidates share the first letter: a typo there is rarer, and it keeps the scan short.
    QString upper = wanted.left(1);
    upper[0] = QChar(upper.at(0).unicode() + 1);
    Statement candidates(m_db, QStringLiteral("SELECT term, doc FROM page_search_vocabulary "
                                              "WHERE term >= ? AND term < ?"));
    candidates.bind(1, wanted.left(1)).bind(2, upper);
    QString best;
    int bestDistance = 3;
    qint64 bestDocs = 0;
    while (candidates.step()) {
        const QString stem = candidates.text(0);
        if (qAbs(stem.size() - wanted.size()) > 3)
            continue;
        // A stem is often a prefix of the word ("databas" for "database"): compare with the
        // word cut to the stem's length as well.
        const int distance =
            qMin(editDistance(wanted, stem), editDistance(wanted.left(stem.size()), stem) + 1);
        const qint64 docs = candidates.int64(1);
        if (distance < bestDistance || (distance == bestDistance && docs > bestDocs)) {
            best = stem;
            bestDistance = distance;
            bestDocs = docs;
        }
    }
    return best.isEmpty() ? QString() : spelledAsInText(best);
}

QString SpellingSuggester::spelledAsInText(const QString& stem)
{
    // The word as written in a page that has it, looked for in the title and the opening of
    // the text: FTS5's snippet() would cost seconds on a huge page. As a prefix, because the
    // stem itself would be stemmed again ("coffe" to "coff").
    Statement pages(m_db, QStringLiteral("SELECT pages.title, pages.revision_id FROM (SELECT "
                                         "rowid AS id FROM page_search WHERE page_search MATCH ? "
                                         "LIMIT 3) AS found JOIN pages ON pages.id = found.id"));
    pages.bind(1, quotedForFts(stem) + u'*');
    while (pages.step()) {
        const QString text = pages.text(0) + u'\n' +
                             QString::fromUtf8(m_db.readPrefix("revisions", "body", pages.int64(1),
                                                               SearchEngine::kSnippetWindowBytes));
        const QString word = SearchSnippet::firstWordStartingWith(text, stem);
        if (!word.isEmpty())
            return word.toLower();
    }
    return stem;
}

} // namespace folio
