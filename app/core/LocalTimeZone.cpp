#include "core/LocalTimeZone.h"

#include <cstdlib>
#include <unistd.h>

namespace folio::LocalTimeZone {

void keepLoaded()
{
    if (std::getenv("TZ") == nullptr && ::access("/etc/localtime", R_OK) == 0)
        ::setenv("TZ", ":/etc/localtime", 0);
}

} // namespace folio::LocalTimeZone
