#pragma once

#include "store/PageKind.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace folio {

// What a user typed in the search box, parsed. Whatever the input — unbalanced quotes, FTS5
// operators, emoji, ten thousand characters — it only ever reaches FTS5 through
// ftsExpression(), where every word is quoted: no input can make an SQL or FTS5 syntax error.
//
// The language: plain words (all must match; the last one is a prefix while typing),
// "exact phrase", -excluded, OR between words, word* (explicit prefix), and the filters
// tag:NAME, kind:guide|faq|best-practice|note, title:WORD, each of them negated with "-".
// Shared links are searched with the pages: in:pages or in:links keeps one side, and the
// link filters channel:NAME, from:PERSON, domain:HOST, after:DATE, before:DATE (2024-05-01)
// search links alone; kind: searches pages alone.
class SearchQuery
{
    Q_DECLARE_TR_FUNCTIONS(folio::SearchQuery)

public:
    enum class Scope { Everything, Pages, Links };

    struct Term
    {
        QString text;
        bool phrase = false; // written in quotes
        bool prefix = false;
        bool starred = false; // the prefix was asked for with "*", not only being typed
        bool titleOnly = false;
    };

    static constexpr int kMaxInputLength = 1000;
    static constexpr int kMaxTerms = 32;

    // `typing`: the input is still being typed, so an unfinished last word is a prefix.
    static SearchQuery parse(const QString& input, bool typing = true);
    // A word as the index's tokenizer compares it: lower case, accents and punctuation gone.
    static QString folded(const QString& word);

    // The FTS5 MATCH expression, or empty when there is nothing to match on (only filters,
    // only exclusions, or no searchable words at all).
    QString ftsExpression() const;
    // ftsExpression() with every positive word required in the title.
    QString titleExpression() const;
    // The FTS5 expression of the excluded terms joined with OR, or empty.
    QString excludedExpression() const;

    bool isEmpty() const;
    bool hasTerms() const { return !m_groups.isEmpty(); }
    bool hasFilters() const
    {
        return !m_tags.isEmpty() || !m_excludedTags.isEmpty() || !kindKeys().isEmpty();
    }
    QStringList tags() const { return m_tags; }
    QStringList excludedTags() const { return m_excludedTags; }
    // The kinds a page may have (kind:faq, -kind:note), or empty when any kind will do.
    QStringList kindKeys() const;
    // A filter no page can pass (kind:poem): nothing is searched.
    bool matchesNothing() const { return m_matchesNothing; }
    // Why, when a filter's value could not be read ("after: takes a date such as …").
    QString problem() const { return m_problem; }
    // More than kMaxTerms words: the query is not run (dropping some would change it).
    bool hasTooManyTerms() const { return m_tooManyTerms; }
    // The words to highlight in results and in the opened page.
    QStringList highlightWords() const;
    // The words as typed, without operators: compared with titles for "exact title first".
    QString plainText() const { return m_plainText; }
    // Which side the query searches: in:pages / in:links, or what its filters imply.
    bool searchesPages() const;
    bool searchesLinks() const;
    bool hasLinkFilters() const
    {
        return !m_channel.isEmpty() || !m_person.isEmpty() || !m_domain.isEmpty() || m_after ||
               m_before;
    }
    QString channel() const { return m_channel; }
    QString person() const { return m_person; }
    QString domain() const { return m_domain; }
    std::optional<qint64> sharedAfter() const { return m_after; } // ms since the epoch, UTC
    std::optional<qint64> sharedBefore() const { return m_before; }
    // ftsExpression() for the links' index, where a title is a link's label.
    QString linkExpression() const;
    // A single word of one letter, typed as a prefix: answered from titles alone.
    bool isSingleLetterPrefix() const;
    // Every positive term, flat, for spelling suggestions.
    QList<Term> positiveTerms() const;

    // Readers search published pages; a writer who shows drafts searches every page.
    void setIncludesUnpublished(bool include) { m_includesUnpublished = include; }
    bool includesUnpublished() const { return m_includesUnpublished; }

    // One group is a list of alternatives joined by OR; groups are joined by AND.
    QList<QList<Term>> groups() const { return m_groups; }
    QList<Term> excluded() const { return m_excluded; }

private:
    static QString quoted(const Term& term);
    QString positiveExpression() const;
    QString withExclusions(const QString& expression) const;

    QList<QList<Term>> m_groups;
    QList<Term> m_excluded;
    QStringList m_tags;
    QStringList m_excludedTags;
    QList<PageKind> m_kinds;
    QList<PageKind> m_excludedKinds;
    Scope m_scope = Scope::Everything;
    QString m_channel;
    QString m_person;
    QString m_domain;
    std::optional<qint64> m_after;
    std::optional<qint64> m_before;
    bool m_matchesNothing = false;
    QString m_problem;
    bool m_tooManyTerms = false;
    QString m_plainText;
    bool m_includesUnpublished = false;
};

} // namespace folio
