#pragma once

#include <QString>

namespace folio::Identity {

// The name recorded as author of a revision when no other is set: FOLIO_AUTHOR if set, else
// the login name (from the environment, else the system's user database).
QString currentAuthor();

} // namespace folio::Identity
