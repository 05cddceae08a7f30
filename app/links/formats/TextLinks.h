#pragma once

#include "store/ChatMessage.h"

#include <QList>
#include <QString>

namespace folio::TextLinks {

struct Span
{
    qsizetype start = 0;
    qsizetype end = 0; // one past
    QString url;
    QString label;
    bool inCode = false;
};

// URLs written out in free text: http, https and ftp, with the punctuation that ends a
// sentence left off ("see https://x.org/a." gives "https://x.org/a") but a closing
// parenthesis kept when the URL opened one (Wikipedia's "Foo_(bar)").
QList<Span> bareUrls(QStringView text);

// Links in Markdown (Mattermost, Discord, Rocket.Chat, Zulip): [label](url), <url>, and bare
// URLs. Those inside `code` or ``` blocks are marked inCode.
QList<Span> markdownLinks(const QString& text);
// Adds the Markdown links of `text` to the message.
void addMarkdownLinks(ChatMessage& message, const QString& text, LinkOrigin origin);

// HTML (Teams, Matrix, Zulip): every <a href>, with its text as the label.
struct Html
{
    QString text; // the fragment as plain text
    QList<Span> anchors;
};
Html fromHtml(const QString& html);

// "example.com/a", "intranet.example:8080", "192.0.2.7": a host (with a port and path)
// written without a scheme. A number ("123", "1.5") is not one.
bool looksLikeHost(const QString& text);

// Decodes character references (&amp; &lt; &#39; &#x1F600; &nbsp; …); a reference without
// its ';' stays as it is, as HTML5 does inside attributes (Chrome writes raw '&' in URLs).
QString decodeEntities(QStringView text);

} // namespace folio::TextLinks
