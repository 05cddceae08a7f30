#include "search/FuzzyMatch.h"

#include <QVarLengthArray>

#include <algorithm>
#include <limits>

namespace folio {
namespace {

constexpr int kMatch = 1;
constexpr int kWordStart = 8;
constexpr int kTextStart = 4; // on top of kWordStart
constexpr int kRun = 6;
constexpr int kNone = std::numeric_limits<int>::min() / 2;

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

bool startsWord(const QString& text, qsizetype i)
{
    if (i == 0)
        return true;
    const QChar before = text.at(i - 1);
    const QChar here = text.at(i);
    return (!isWordChar(before) && isWordChar(here)) || (before.isLower() && here.isUpper());
}

} // namespace

FuzzyMatch::FuzzyMatch(const QString& query)
{
    for (const QChar c : fold(query))
        if (!c.isSpace())
            m_query.append(c);
}

std::optional<int> FuzzyMatch::score(const QString& text) const
{
    if (m_query.isEmpty())
        return 0;
    return score(text, fold(text));
}

QString FuzzyMatch::fold(const QString& text)
{
    QString folded(text.size(), Qt::Uninitialized);
    QChar* out = folded.data();
    for (const QChar c : text)
        *out++ = c.toCaseFolded();
    return folded;
}

std::optional<int> FuzzyMatch::score(const QString& text, const QString& folded) const
{
    const qsizetype m = m_query.size();
    const qsizetype n = text.size();
    if (m == 0)
        return 0;
    if (m > n || folded.size() != n)
        return std::nullopt;
    // Cheap test first: most texts do not hold the letters in order at all.
    for (qsizetype i = 0, j = 0; i < m; ++i, ++j) {
        j = folded.indexOf(m_query.at(i), j);
        if (j < 0)
            return std::nullopt;
    }
    // best[j]: the best score with the current query letter matched at text position j.
    QVarLengthArray<int, 256> previous(n, kNone), current(n, kNone);
    for (qsizetype i = 0; i < m; ++i) {
        int bestBefore = kNone; // best of previous[k] for k < j - 1, less one per letter skipped
        for (qsizetype j = 0; j < n; ++j) {
            current[j] = kNone;
            if (folded.at(j) == m_query.at(i)) {
                int bonus = kMatch;
                if (startsWord(text, j))
                    bonus += kWordStart + (j == 0 ? kTextStart : 0);
                int from = kNone;
                if (i == 0)
                    from = -int(std::min<qsizetype>(j, 10)); // an early first match is better
                else {
                    if (j > 0 && previous[j - 1] > kNone)
                        from = previous[j - 1] + kRun;
                    from = std::max(from, bestBefore);
                }
                if (from > kNone)
                    current[j] = from + bonus;
            }
            if (i > 0 && j > 0)
                bestBefore =
                    std::max(bestBefore == kNone ? kNone : bestBefore - 1, previous[j - 1]);
        }
        std::swap(previous, current);
    }
    const int best = *std::max_element(previous.begin(), previous.end());
    if (best <= kNone)
        return std::nullopt;
    return best;
}

QList<int> FuzzyMatch::rank(const QStringList& texts, int limit) const
{
    struct Hit
    {
        int score;
        int index;
    };
    QList<Hit> hits;
    for (int i = 0; i < texts.size(); ++i)
        if (const std::optional<int> s = score(texts.at(i)))
            hits.append({*s, i});
    const auto better = [&texts](const Hit& a, const Hit& b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (texts.at(a.index).size() != texts.at(b.index).size())
            return texts.at(a.index).size() < texts.at(b.index).size();
        return a.index < b.index;
    };
    const qsizetype count = std::min<qsizetype>(limit, hits.size());
    std::partial_sort(hits.begin(), hits.begin() + count, hits.end(), better);
    QList<int> result;
    for (qsizetype i = 0; i < count; ++i)
        result.append(hits.at(i).index);
    return result;
}

} // namespace folio
