#pragma once

#include <QString>

namespace folio {

// Finds the title of a Markdown document: its first ATX (# Title) or setext heading outside
// code blocks. When that heading opens the document, it is taken out of the body, since the
// page header shows the title already.
struct MarkdownTitle
{
    QString title; // empty when the document has no heading
    QString body;

    static MarkdownTitle extract(const QString& markdown);
};

} // namespace folio
