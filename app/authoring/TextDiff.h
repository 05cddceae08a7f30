#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace folio {

// Differences between two texts (two revisions of a page), computed by libgit2 (the diff
// git itself uses) on the text's lines, and on the words of changed lines for highlights.
class TextDiff
{
    Q_DECLARE_TR_FUNCTIONS(folio::TextDiff)

public:
    struct Segment
    {
        QString text;
        bool changed = false; // a word added or removed, within a changed line
    };
    struct Line
    {
        enum Kind { Context, Removed, Added, Gap };
        Kind kind = Context;
        int oldNumber = 0; // 1-based; 0 where the line is not on that side
        int newNumber = 0;
        QList<Segment> segments; // the line's text without its line break; none for a Gap
        QString text() const;
    };

    // A unified diff, as `diff -u` and `git diff` print it, with these names on the
    // ---/+++ lines; empty when the texts are the same.
    static QString unified(const QString& before, const QString& after, const QString& beforeName,
                           const QString& afterName, int context = 3);
    // The same hunks as lines for display, changed words marked; a Gap stands for unchanged
    // lines left out between hunks.
    static QList<Line> lines(const QString& before, const QString& after, int context = 3);
    // Lines added and removed.
    static std::pair<int, int> stats(const QString& before, const QString& after);
};

} // namespace folio
