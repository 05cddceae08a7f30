#pragma once

#include <QString>

#include <optional>

namespace folio::Timestamps {

// No chat message was sent before 1980 or will be after 2099: a time outside is a mistake.
constexpr qint64 kEarliest = 315532800000; // 1980-01-01, ms
constexpr qint64 kLatest = 4102444800000;  // 2100-01-01

// ms since the epoch from an ISO 8601 time: "2024-02-10T09:15:02.123+07:00",
// "2021-03-28T21:11:12.4567891Z", "2020-11-12T12:54:07" (no zone: read as UTC, and
// `hasZone` says so). Fractions of any length are truncated to the millisecond. None outside
// the years 1980 to 2099.
std::optional<qint64> fromIso(const QString& text, bool* hasZone = nullptr);

// ms since the epoch from epoch seconds written as a decimal ("1459040791.000005",
// "1409000103.5"): digits are read as text, never through a float. None outside the years
// 1980 to 2099.
std::optional<qint64> fromEpochSeconds(const QString& text);

} // namespace folio::Timestamps
