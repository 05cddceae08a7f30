#pragma once

#include "store/LinkStore.h"

#include <QCoreApplication>

namespace folio {

// The links filter as people type it, in the panel and in `folio links`: words, plus
// channel:, from:, domain:, tag:, platform:, after: and before: (a date such as 2024-05-01).
class LinkQueryParser
{
    Q_DECLARE_TR_FUNCTIONS(folio::LinkQueryParser)

public:
    // `problem` is set (and the rest still parsed) when a date cannot be read.
    static LinkQuery parse(const QString& text, QString* problem = nullptr);
    // ms since the epoch, UTC, from "2024-05-01" or an ISO date-time.
    static std::optional<qint64> parseDate(const QString& text);
};

} // namespace folio
