#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QTextStream>

namespace folio {

struct CommandLine;

// Folio as a command-line tool: opens the wiki, runs one subcommand, returns the exit code
// (0 done, 1 failed, 2 wrong usage). Streams are passed in so tests can run it in-process.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(folio::Cli)

public:
    enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

    Cli(QTextStream& out, QTextStream& err, QIODevice& in);
    int run(const CommandLine& commandLine);

private:
    QTextStream& m_out;
    QTextStream& m_err;
    QIODevice& m_in;
};

} // namespace folio
