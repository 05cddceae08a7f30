#pragma once

#include "markdown/RelativeUrls.h"

#include <QString>

#include <functional>

namespace folio {

// Markdown to an HTML fragment, with md4c: CommonMark plus tables, strikethrough, task lists,
// permissive autolinks and [[wiki links]]. Pure and thread-safe: the same input always gives
// the same output, so it can run off the UI thread and be benchmarked alone.
class MarkdownRenderer
{
public:
    struct Options
    {
        // Raw HTML in Markdown is shown as text by default: page bodies come from imports and
        // other people's machines, and must never carry script or tracking into the viewer.
        bool rawHtml = false;
        bool headingIds = true;
        bool wikiLinks = true;
        // The CommonMark dialect alone, for conformance runs.
        bool extensions = true;
        // Fenced code in a known language coloured by CodeHighlighter (spans, no script).
        bool highlightCode = true;
    };
    using PageExists = std::function<bool(const QString& title)>;

    MarkdownRenderer();
    explicit MarkdownRenderer(Options options);

    // Called for each wiki link to style links to missing pages differently.
    void setPageExists(PageExists pageExists) { m_pageExists = std::move(pageExists); }
    // Where relative links and images point (a page's attachments); unset, they stay as written.
    void setResolveRelative(RelativeUrls::Resolver resolver)
    {
        m_resolveRelative = std::move(resolver);
    }

    QString toHtml(const QString& markdown) const;
    QByteArray toHtml(const QByteArray& utf8Markdown) const;

    unsigned parserFlags() const;

private:
    Options m_options;
    PageExists m_pageExists;
    RelativeUrls::Resolver m_resolveRelative;
};

} // namespace folio
