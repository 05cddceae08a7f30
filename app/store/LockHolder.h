#pragma once

#include <QString>

namespace folio::LockHolder {

// The program holding a write lock on the wiki file (or its WAL index), as "name (process
// N)", read from /proc/locks; empty where that is unknown (another OS, another machine on a
// network share, or no lock at all). Processes other than this one are preferred.
QString describe(const QString& wikiPath);

} // namespace folio::LockHolder
