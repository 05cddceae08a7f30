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
    // As many as the one search takes (SearchQuery::kMaxTerms).
    static constexpr int kMaxWords = 32;
    // ms since the epoch, UTC, from "2024-05-01" or an ISO date-time.
    static std::optional<qint64> parseDate(const QString& text);
    // The end of a range, exclusive: "2024-05-01" ends when that day does (so the day is in
    // the range); a date-time is exact.
    static std::optional<qint64> parseEndDate(const QString& text);
};

} // namespace folio
