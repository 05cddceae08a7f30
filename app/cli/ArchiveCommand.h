#pragma once

#include "cli/Cli.h"

#include <QCoreApplication>
#include <QStringList>

namespace folio {

struct Console;

// Archives links from the command line, with the queue the window uses and no display:
//   folio archive [--pending | --failed | URL…] [--allow-private] [--concurrency N]
//                 [--timeout SECONDS]
// Without a choice it archives every link not tried yet, then what was pending. Progress goes
// to a terminal; a summary ends the run: archived, failed with reasons, skipped. Ctrl+C stops
// it, and the next run goes on where it stopped.
class ArchiveCommand
{
    Q_DECLARE_TR_FUNCTIONS(folio::ArchiveCommand)

public:
    ArchiveCommand(WikiAccess wiki, const Console& console, CapturerFactory capturers);
    int run(const QStringList& arguments);

    // A link that fails for a reason that may pass is tried this often in one run, the
    // second time after this wait (then twice as long).
    static constexpr int kAttempts = 3;
    static constexpr int kFirstRetryMs = 2000;

private:
    int usage(const QString& problem);

    WikiAccess m_wiki;
    const Console& m_console;
    CapturerFactory m_capturers;
};

} // namespace folio
