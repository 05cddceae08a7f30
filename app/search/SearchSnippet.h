#pragma once

#include <QString>

namespace folio::SearchSnippet {

inline constexpr QChar kMatchStart = QChar(1);
inline constexpr QChar kMatchEnd = QChar(2);

// A snippet made from plain text: about `length` words around the first word that starts
// with one of `words` (any case, accents ignored), matches marked; the opening words when
// none does.
QString around(const QString& text, const QStringList& words, int length);

// The first word of `text` whose folded form (see SearchQuery::folded) starts with
// `foldedPrefix`, as written there; empty when there is none.
QString firstWordStartingWith(const QString& text, const QString& foldedPrefix);

// Each rendering shows control characters from the text as symbols (ESC as "␛"): a page
// can neither inject markup nor drive a terminal through its snippet.
// The snippet as safe HTML, each matched word in <mark>: the text itself is escaped.
QString toHtml(const QString& snippet);
// The snippet for a terminal: matched words in bold when `ansi`, else in [brackets].
QString toTerminal(const QString& snippet, bool ansi);
// The snippet as plain text, on one line.
QString toPlainText(const QString& snippet);

} // namespace folio::SearchSnippet
