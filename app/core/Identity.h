#pragma once

#include <QString>

namespace folio::Identity {

// The name recorded as author of a revision when no other is set: FOLIO_AUTHOR if set, else
// the login name (from the environment, else the system's user database).
QString currentAuthor();

// This machine and user, as bundles name where they were written: the same on every run,
// without revealing the system's machine id (a hash of it and the login name), unless
// FOLIO_MACHINE_ID sets one.
QString machineId();

} // namespace folio::Identity
