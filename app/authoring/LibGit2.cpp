#include "authoring/LibGit2.h"

#include <git2.h>
#include <mutex>

namespace folio::LibGit2 {

void ensureInitialised()
{
    static std::once_flag once;
    std::call_once(once, [] { git_libgit2_init(); });
}

} // namespace folio::LibGit2
