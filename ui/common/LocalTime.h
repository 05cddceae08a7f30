#pragma once

#include <QDateTime>
#include <QString>

namespace folio {

// A moment as the reader's locale writes it briefly, in their time zone ("11/26/26 4:51 PM").
QString shortLocalTime(const QDateTime& moment);

} // namespace folio
