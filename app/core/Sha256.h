#pragma once

#include <QByteArrayView>
#include <QString>

namespace folio::Sha256 {

// The SHA-256 of the bytes as 64 lower-case hex digits. OpenSSL's, which uses the CPU's SHA
// instructions: Qt 6.4's own is several times slower, and imports hash every page.
QString hex(QByteArrayView data);

} // namespace folio::Sha256
