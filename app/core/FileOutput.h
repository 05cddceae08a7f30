#pragma once

#include <QByteArray>
#include <QString>

namespace folio::FileOutput {

// Writes `data` to `path` whole or not at all: the bytes go to a temporary file beside it
// that replaces `path` only once everything is written, so a full disk or a crash never
// leaves a half-written file where a good one was. Returns what went wrong, naming the
// file, or an empty string.
QString write(const QString& path, const QByteArray& data);

} // namespace folio::FileOutput
