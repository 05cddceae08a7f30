#include "cli/Cli.h"
#include "cli/CommandLine.h"
#include "core/Translations.h"
#include "mainwindow/WindowApp.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

// One executable, two faces: with a command (or --help/--version) it is a command-line tool
// that needs no display; otherwise it opens the window.
int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (!folio::CommandLine::wantsTerminal(arguments))
        return folio::WindowApp::run(argc, argv);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("folio"));
    folio::Translations::install(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return folio::Cli::Failure;
    const int code = folio::Cli(out, err, in).run(folio::CommandLine::parse(arguments));
    out.flush();
    err.flush();
    return code;
}
