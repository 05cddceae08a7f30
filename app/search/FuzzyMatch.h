#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace folio {

// Scores how well a few typed letters pick out a title, as quick switchers do: the letters
// must appear in order, and letters at word starts ("faq" for "Frequently asked questions"),
// runs of letters and an early first match count most. Case and spaces in the query do not
// matter ("fa qu" works too).
class FuzzyMatch
{
public:
    explicit FuzzyMatch(const QString& query);

    bool isEmpty() const { return m_query.isEmpty(); }
    // The letters looked for: the query folded, without spaces. A text that does not match
    // some letters matches no letters that start with them.
    const QString& letters() const { return m_query; }
    // Higher is better; nothing when the letters are not all there in order.
    std::optional<int> score(const QString& text) const;
    // The same, for a caller that scores the same texts often and keeps them folded
    // (`folded` is fold(text)).
    std::optional<int> score(const QString& text, const QString& folded) const;
    // `text` case-folded character by character: the same length, so positions line up.
    static QString fold(const QString& text);
    // The indexes of the best `limit` matches among `texts`, best first; ties go to the shorter
    // text, then to the earlier one.
    QList<int> rank(const QStringList& texts, int limit) const;

private:
    QString m_query; // case-folded, without spaces
};

} // namespace folio
