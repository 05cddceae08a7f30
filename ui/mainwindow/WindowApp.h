#pragma once

#include <QString>

namespace folio::WindowApp {

// Folio with its window: creates the QApplication, opens the wiki at `wikiPath` (empty: the
// default one) and runs the event loop. Returns the process exit code. main.cpp has read the
// command line; the window needs nothing of the command-line library.
int run(int& argc, char** argv, const QString& wikiPath);

} // namespace folio::WindowApp
