#pragma once

#include "search/SearchQuery.h"

#include <QStringList>

namespace folio {

class Database;

// "Did you mean": for each finished word of a query (not a prefix being typed) that matches
// nothing, the closest word of the index's own vocabulary (fts5vocab) within two edits, the most
// frequent on a tie. The vocabulary holds Porter stems, so the word offered is read back from a
// page that has it.
class SpellingSuggester
{
public:
    explicit SpellingSuggester(Database& db);

    // Queries that would match, with misspelt words replaced; empty when nothing is close.
    QStringList suggest(const SearchQuery& query);

    static int editDistance(const QString& a, const QString& b);

private:
    bool matches(const QString& word);
    QString closestWord(const QString& word);
    QString spelledAsInText(const QString& stem);

    Database& m_db;
};

} // namespace folio
