#pragma once

#include <QString>

#include <memory>

class QCoreApplication;

namespace folio {
class PageCapturer;
}

namespace folio::WindowApp {

// Folio with its window: creates the QApplication, opens the wiki at `wikiPath` (empty: the
// default one) and runs the event loop. Returns the process exit code. main.cpp has read the
// command line; the window needs nothing of the command-line library.
// `pageTitle`, when not empty, is the page the window opens on (a copied page link).
int run(int& argc, char** argv, const QString& wikiPath, const QString& pageTitle = {});

// The application object for a command that needs the browser engine but shows nothing
// (`folio archive`): offscreen unless QT_QPA_PLATFORM says otherwise, so no display is needed.
std::unique_ptr<QCoreApplication> headlessApplication(int& argc, char** argv);
// The engine that captures pages for the archive.
std::unique_ptr<PageCapturer> makeCapturer();

} // namespace folio::WindowApp
