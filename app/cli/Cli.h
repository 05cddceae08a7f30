#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QTextStream>

#include <functional>

namespace folio {

struct CommandLine;
struct Console;
class Wiki;

// Opens the wiki on first use and returns it; throws StoreError.
using WikiAccess = std::function<Wiki&()>;

// Folio as a command-line tool: opens the wiki, runs one subcommand, returns the exit code
// (0 done, 1 failed, 2 wrong usage). The console is passed in so tests can run it in-process.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(folio::Cli)

public:
    enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

    explicit Cli(const Console& console);
    int run(const CommandLine& commandLine);

private:
    const Console& m_console;
};

} // namespace folio
