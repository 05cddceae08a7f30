#pragma once

#include <QByteArray>

#include <md4c.h>

namespace folio {

// Runs md4c over the text as the renderer reads it, calling `onEnterSpan` for every span
// (links, images, wiki links…) and ignoring the rest: for finding where a text writes
// something without rendering it.
void scanSpans(const QByteArray& utf8Markdown, unsigned parserFlags,
               int (*onEnterSpan)(MD_SPANTYPE type, void* detail, void* data), void* data);

} // namespace folio
