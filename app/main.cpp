#include "archive/PageCapturer.h"
#include "cli/Cli.h"
#include "cli/CommandLine.h"
#include "cli/Console.h"
#include "core/LocalTimeZone.h"
#include "core/Translations.h"
#include "mainwindow/WindowApp.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

// One executable, two faces: with a command (or --help/--version) it is a command-line tool
// that needs no display; otherwise it opens the window.
int main(int argc, char* argv[])
{
    folio::LocalTimeZone::keepLoaded();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (!folio::CommandLine::wantsTerminal(arguments)) {
        const folio::CommandLine window =
            folio::CommandLine::parse(folio::CommandLine::withoutQtOptions(arguments));
        if (!window.error.isEmpty()) {
            std::fprintf(stderr, "folio: %s\n", qUtf8Printable(window.error));
            return folio::Cli::Usage;
        }
        return folio::WindowApp::run(argc, argv, window.wikiPath, window.pageTitle);
    }

    const folio::CommandLine commandLine = folio::CommandLine::parse(arguments);
    folio::CapturerFactory capturers;
    std::unique_ptr<QCoreApplication> app;
    if (folio::Cli::needsBrowser(commandLine)) {
        app = folio::WindowApp::headlessApplication(argc, argv);
        capturers = &folio::WindowApp::makeCapturer;
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("folio"));
    folio::Translations::install(*app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return folio::Cli::Failure;
    const folio::Console console{out,
                                 err,
                                 in,
                                 isatty(fileno(stdout)) == 1,
                                 isatty(fileno(stderr)) == 1,
                                 isatty(fileno(stdin)) == 1};
    int code = folio::Cli(console, capturers).run(commandLine);
    // Output that could not be written (a full disk, a closed pipe) is a failure: a script
    // must not take an empty file for the answer.
    errno = 0;
    out.flush();
    const bool flushed = std::fflush(stdout) == 0;
    const int writeError = errno;
    if (out.status() != QTextStream::Ok || !flushed || std::ferror(stdout)) {
        err << QCoreApplication::translate("folio::Cli", "folio: the output could not be "
                                                         "written: %1")
                   .arg(QString::fromLocal8Bit(std::strerror(writeError ? writeError : EIO)))
            << '\n';
        code = folio::Cli::Failure;
    }
    err.flush();
    return code;
}
