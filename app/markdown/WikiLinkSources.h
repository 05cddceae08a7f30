#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace folio {

// Where a Markdown text writes wiki links, as the renderer reads them: [[Target]],
// [[Target|label]], [[Target#Section]]; never inside code, nor where the brackets mean
// something else to CommonMark (see WikiLinks.h). For changing links in place (rename).
class WikiLinkSources
{
public:
    struct Target
    {
        qsizetype offset = 0; // in the UTF-8 text, of the target's first byte
        qsizetype size = 0;   // bytes of the target: "Title#Section", without the label
        QString title;        // the target without its "#Section"
        QString section;      // empty, or what follows '#'
    };

    static QList<Target> targets(const QByteArray& utf8Markdown);

    // `markdown` with every link to `from` (compared as titles are: ignoring case and
    // spacing) pointing to `to` instead; labels and sections stay. `count`: links changed.
    static QString retargeted(const QString& markdown, const QString& from, const QString& to,
                              int* count = nullptr);
};

} // namespace folio
