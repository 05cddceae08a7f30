#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QTextStream>

#include <functional>
#include <memory>

namespace folio {

struct CommandLine;
struct Console;
class PageCapturer;
class Wiki;

// Opens the wiki on first use and returns it; throws StoreError.
using WikiAccess = std::function<Wiki&()>;
// Makes the browser engine that captures pages (main.cpp hands in WebPageCapturer's); empty
// where Folio was built without one.
using CapturerFactory = std::function<std::unique_ptr<PageCapturer>()>;

// Folio as a command-line tool: opens the wiki, runs one subcommand, returns the exit code
// (0 done, 1 failed, 2 wrong usage). The console is passed in so tests can run it in-process.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(folio::Cli)

public:
    enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

    explicit Cli(const Console& console, CapturerFactory capturers = {});
    int run(const CommandLine& commandLine);
    // Whether the command needs the browser engine, and so a QApplication (main.cpp asks
    // before it makes one).
    static bool needsBrowser(const CommandLine& commandLine);

private:
    const Console& m_console;
    CapturerFactory m_capturers;
};

} // namespace folio
