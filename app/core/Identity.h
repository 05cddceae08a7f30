#pragma once

#include <QString>

namespace folio::Identity {

// The name recorded as author of a revision: FOLIO_AUTHOR if set, else the login name.
QString currentAuthor();

} // namespace folio::Identity
