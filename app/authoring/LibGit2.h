#pragma once

namespace folio::LibGit2 {

// libgit2 keeps global state that must be set up once before any call; safe from any thread.
void ensureInitialised();

} // namespace folio::LibGit2
