#include "search/SearchQuery.h"

#include "store/PageTags.h"

#include <QDate>
#include <QTimeZone>

namespace folio {
namespace {

// unicode61 keeps letters, numbers and private-use characters; anything else separates
// words. A term without one of those would be an empty phrase, which matches nothing.
bool hasSearchableCharacter(const QString& text)
{
    for (const char32_t c : text.toUcs4()) {
        if (QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Other_PrivateUse)
            return true;
    }
    return false;
}

struct Token
{
    QString text;
    bool quoted = false;
    bool negated = false;
    QString field;          // "tag", "kind", "title" or empty
    bool endsInput = false; // nothing after it: the user may still be typing it
};

QList<Token> tokenize(const QString& input)
{
    QList<Token> tokens;
    const qsizetype size = input.size();
    qsizetype i = 0;
    while (i < size) {
        while (i < size && input.at(i).isSpace())
            ++i;
        if (i >= size)
            break;
        Token token;
        if (input.at(i) == u'-' && i + 1 < size && !input.at(i + 1).isSpace()) {
            token.negated = true;
            ++i;
        }
        // field:value, only for the fields Folio knows; "http://x" stays a word.
        for (const char* field :
             {"tag", "kind", "title", "in", "channel", "from", "domain", "after", "before"}) {
            const QLatin1String name(field);
            if (input.mid(i, name.size() + 1).compare(name + u':', Qt::CaseInsensitive) == 0) {
                token.field = name;
                i += name.size() + 1;
                break;
            }
        }
        if (i < size && input.at(i) == u'"') {
            const qsizetype close = input.indexOf(u'"', i + 1);
            token.quoted = true;
            token.text = input.mid(i + 1, close < 0 ? -1 : close - i - 1); // unbalanced: to the end
            i = close < 0 ? size : close + 1;
        } else {
            const qsizetype start = i;
            while (i < size && !input.at(i).isSpace())
                ++i;
            token.text = input.mid(start, i - start);
        }
        token.endsInput = i >= size;
        tokens << token;
    }
    return tokens;
}

} // namespace

SearchQuery SearchQuery::parse(const QString& input, bool typing)
{
    SearchQuery query;
    const QList<Token> tokens = tokenize(input.left(kMaxInputLength));
    QStringList plain;
    bool orPending = false;
    int terms = 0;
    for (const Token& token : tokens) {
        if (terms >= kMaxTerms) {
            // Dropping words (or exclusions) would answer another question: none is asked.
            query.m_tooManyTerms = true;
            break;
        }
        if (token.field == QLatin1String("tag")) {
            (token.negated ? query.m_excludedTags : query.m_tags) +=
                PageTags::normalized({token.text});
            continue;
        }
        if (token.field == QLatin1String("kind")) {
            const std::optional<PageKind> kind = PageKinds::fromKey(token.text.toLower());
            // A page has one kind, so "kind:faq kind:note" means either.
            if (!kind && !token.text.isEmpty()) {
                query.m_matchesNothing = true;    // "kind:poem" finds no page, not every page
                if (!(typing && token.endsInput)) // "kind:fa" is on its way to "kind:faq"
                    query.m_problem = tr("kind: takes guide, faq, best-practice or note.");
            } else if (kind && token.negated)
                query.m_excludedKinds << *kind;
            else if (kind)
                query.m_kinds << *kind;
            continue;
        }
        if (token.field == QLatin1String("in")) {
            const QString side = token.text.toLower();
            if (side == QLatin1String("links"))
                query.m_scope = Scope::Links;
            else if (side == QLatin1String("pages"))
                query.m_scope = Scope::Pages;
            else if (!side.isEmpty()) {
                query.m_matchesNothing = true; // in:mail searches nothing, not everything
                if (!(typing && token.endsInput))
                    query.m_problem = tr("in: takes pages or links.");
            }
            continue;
        }
        if (token.field == QLatin1String("channel")) {
            query.m_channel = token.text.startsWith(u'#') ? token.text.mid(1) : token.text;
            continue;
        }
        if (token.field == QLatin1String("from")) {
            query.m_person = token.text.startsWith(u'@') ? token.text.mid(1) : token.text;
            continue;
        }
        if (token.field == QLatin1String("domain")) {
            query.m_domain = token.text.toLower();
            continue;
        }
        if (token.field == QLatin1String("after") || token.field == QLatin1String("before")) {
            const QDate date = QDate::fromString(token.text, Qt::ISODate);
            if (!date.isValid()) {
                // Half typed ("after:2024-0"): the date waits for the next keystrokes.
                if (!(typing && token.endsInput)) {
                    query.m_matchesNothing = true;
                    query.m_problem = tr("%1: takes a date such as 2024-05-01.").arg(token.field);
                }
                continue;
            }
            const qint64 ms = date.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch();
            (token.field == QLatin1String("after") ? query.m_after : query.m_before) = ms;
            continue;
        }
        if (!token.quoted && token.field.isEmpty() && token.text == QLatin1String("OR")) {
            orPending = !query.m_groups.isEmpty();
            continue;
        }
        Term term;
        term.text = token.text;
        term.phrase = token.quoted;
        term.titleOnly = token.field == QLatin1String("title");
        if (!term.phrase && term.text.endsWith(u'*')) {
            term.prefix = true;
            term.starred = true;
            while (term.text.endsWith(u'*'))
                term.text.chop(1);
        }
        if (!term.phrase && typing && token.endsInput)
            term.prefix = true;
        if (!hasSearchableCharacter(term.text))
            continue;
        ++terms;
        if (token.negated) {
            query.m_excluded << term;
            continue;
        }
        plain << term.text;
        if (orPending)
            query.m_groups.last() << term;
        else
            query.m_groups << QList<Term>{term};
        orPending = false;
    }
    // "index s": a last word of one letter, still being typed, would expand to every word
    // starting with that letter; until the next keystroke the other words answer alone.
    if (typing && query.m_groups.size() > 1 && query.m_groups.last().size() == 1) {
        const Term& last = query.m_groups.last().first();
        if (last.prefix && !last.phrase && last.text.size() == 1) {
            query.m_groups.removeLast();
            plain.removeLast();
        }
    }
    query.m_plainText = plain.join(u' ');
    return query;
}

bool SearchQuery::searchesPages() const
{
    return m_scope != Scope::Links && !hasLinkFilters();
}

bool SearchQuery::searchesLinks() const
{
    // kind: and tag: describe pages; links are searched by words and their own filters.
    return m_scope != Scope::Pages && kindKeys().isEmpty() && m_tags.isEmpty() &&
           m_excludedTags.isEmpty();
}

QString SearchQuery::linkExpression() const
{
    QString expression = ftsExpression();
    expression.replace(QLatin1String("title : \""), QLatin1String("label : \""));
    return expression;
}

QString SearchQuery::folded(const QString& word)
{
    QString result;
    for (QChar c : word.normalized(QString::NormalizationForm_D).toLower()) {
        if (c.isLetterOrNumber())
            result += c;
    }
    return result;
}

QString SearchQuery::quoted(const Term& term)
{
    // Inside double quotes FTS5 reads everything as text; a quote is escaped by doubling it.
    QString text = term.text;
    text.replace(u'"', QLatin1String("\"\""));
    QString result = u'"' + text + u'"';
    if (term.prefix)
        result += u'*';
    if (term.titleOnly)
        result = QLatin1String("title : ") + result;
    return result;
}

QString SearchQuery::positiveExpression() const
{
    QStringList groups;
    for (const QList<Term>& group : m_groups) {
        QStringList alternatives;
        for (const Term& term : group)
            alternatives << quoted(term);
        groups << (alternatives.size() == 1
                       ? alternatives.first()
                       : u'(' + alternatives.join(QLatin1String(" OR ")) + u')');
    }
    return groups.join(QLatin1String(" AND "));
}

QString SearchQuery::withExclusions(const QString& expression) const
{
    const QString excluded = excludedExpression();
    if (expression.isEmpty() || excluded.isEmpty())
        return expression;
    return u'(' + expression + QLatin1String(") NOT (") + excluded + u')';
}

QString SearchQuery::ftsExpression() const
{
    return withExclusions(positiveExpression());
}

QString SearchQuery::titleExpression() const
{
    const QString positive = positiveExpression();
    return positive.isEmpty() ? QString()
                              : withExclusions(QLatin1String("title : (") + positive + u')');
}

QString SearchQuery::excludedExpression() const
{
    QStringList parts;
    for (const Term& term : m_excluded)
        parts << quoted(term);
    return parts.join(QLatin1String(" OR "));
}

bool SearchQuery::isEmpty() const
{
    return m_groups.isEmpty() && m_excluded.isEmpty() && !hasFilters() && !m_matchesNothing &&
           !hasLinkFilters() && m_scope == Scope::Everything;
}

QStringList SearchQuery::kindKeys() const
{
    if (m_kinds.isEmpty() && m_excludedKinds.isEmpty())
        return {};
    QStringList keys;
    for (const QString& key : PageKinds::keys()) {
        const PageKind kind = *PageKinds::fromKey(key);
        if ((m_kinds.isEmpty() || m_kinds.contains(kind)) && !m_excludedKinds.contains(kind))
            keys << key;
    }
    if (keys.isEmpty())
        keys << QStringLiteral("-"); // every kind excluded: no key matches
    return keys;
}

QStringList SearchQuery::highlightWords() const
{
    QStringList words;
    for (const Term& term : positiveTerms())
        words << term.text;
    return words;
}

bool SearchQuery::isSingleLetterPrefix() const
{
    return m_groups.size() == 1 && m_groups.first().size() == 1 && m_excluded.isEmpty() &&
           m_groups.first().first().prefix && !m_groups.first().first().starred &&
           m_groups.first().first().text.size() == 1;
}

QList<SearchQuery::Term> SearchQuery::positiveTerms() const
{
    QList<Term> terms;
    for (const QList<Term>& group : m_groups)
        terms += group;
    return terms;
}

} // namespace folio
