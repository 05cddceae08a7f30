#pragma once

#include <QByteArray>

namespace folio::SafeUrls {

// Makes links and images in rendered Markdown unable to run script: an href to javascript:,
// vbscript: or data:, or an image src to anything data: but a picture, becomes "#" (links) or
// empty (images). The window runs no page script anyway; this keeps HTML that leaves Folio
// (`folio page show --html`, exports) as safe. Expects md4c's output, where every attribute
// value is quoted with " and escaped.
QByteArray neutralize(const QByteArray& html);

} // namespace folio::SafeUrls
