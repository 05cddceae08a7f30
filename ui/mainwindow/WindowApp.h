#pragma once

namespace folio::WindowApp {

// Folio with its window: creates the QApplication, opens the wiki named on the command line
// (or the default one) and runs the event loop. Returns the process exit code.
int run(int& argc, char** argv);

} // namespace folio::WindowApp
