#include "markdown/MarkdownRenderer.h"

#include "markdown/CodeHighlighter.h"
#include "markdown/HeadingIds.h"
#include "markdown/SafeUrls.h"
#include "markdown/WikiLinks.h"

#include <md4c-html.h>

namespace folio {
namespace {

void append(const MD_CHAR* text, MD_SIZE size, void* output)
{
    static_cast<QByteArray*>(output)->append(text, qsizetype(size));
}

} // namespace

MarkdownRenderer::MarkdownRenderer() : MarkdownRenderer(Options{})
{
}

MarkdownRenderer::MarkdownRenderer(Options options) : m_options(options)
{
}

unsigned MarkdownRenderer::parserFlags() const
{
    unsigned flags = 0;
    if (m_options.extensions)
        flags |= MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_TASKLISTS |
                 MD_FLAG_PERMISSIVEAUTOLINKS;
    if (m_options.wikiLinks)
        flags |= MD_FLAG_WIKILINKS;
    if (!m_options.rawHtml)
        flags |= MD_FLAG_NOHTML;
    return flags;
}

QString MarkdownRenderer::toHtml(const QString& markdown) const
{
    return QString::fromUtf8(toHtml(markdown.toUtf8()));
}

QByteArray MarkdownRenderer::toHtml(const QByteArray& utf8Markdown) const
{
    unsigned flags = parserFlags();
    if (m_options.wikiLinks && WikiLinks::shadowReferenceDefinitions(utf8Markdown))
        flags &= ~unsigned(MD_FLAG_WIKILINKS);
    QByteArray html;
    html.reserve(utf8Markdown.size() + utf8Markdown.size() / 4 + 64);
    md_html(utf8Markdown.constData(), MD_SIZE(utf8Markdown.size()), append, &html, flags,
            MD_HTML_FLAG_SKIP_UTF8_BOM);
    if (flags & MD_FLAG_WIKILINKS)
        html = WikiLinks::toAnchors(html, m_pageExists);
    if (m_resolveRelative)
        html = RelativeUrls::resolve(html, m_resolveRelative);
    if (m_options.headingIds)
        html = HeadingIds::add(html);
    if (m_options.highlightCode && m_options.extensions)
        html = CodeHighlighter::apply(html);
    if (!m_options.rawHtml) // untrusted text: no link or image may carry script
        html = SafeUrls::neutralize(html);
    return html;
}

} // namespace folio
