#pragma once

#include <QByteArray>
#include <QString>

namespace folio::HtmlText {

// Escapes text for HTML element content and attribute values.
QString escaped(const QString& text);
// Undoes md4c's attribute escaping (&amp; &lt; &gt; &quot;) and numeric references.
QString unescaped(const QByteArray& html);
// The text of an HTML fragment with tags removed and entities decoded.
QString plainText(const QByteArray& html);

} // namespace folio::HtmlText
