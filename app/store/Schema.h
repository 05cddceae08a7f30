#pragma once

namespace folio {

class Database;

// The wiki file's schema: every change is a numbered migration, applied in order inside
// one transaction, recorded in PRAGMA user_version. Migrations are never edited once
// released; a new change is a new step.
namespace Schema {

// 'FOLI' in PRAGMA application_id tells a Folio wiki from any other SQLite file.
inline constexpr int kApplicationId = 0x464F4C49;

int currentVersion();

// Brings the file to `version` (default: current). Throws StoreError; on failure the file
// is left at the version it had.
void migrate(Database& db, int version = currentVersion());

} // namespace Schema
} // namespace folio
