#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace folio {

// The global part of `folio [--wiki PATH] [--version] [--help] [COMMAND ARGS...]`, or
// `folio FILE.folio` (opens that wiki in the window), or `folio folio://wiki/page/TITLE` (a
// link copied with Copy Link to Page: opens the window on that page).
// With a COMMAND, --version or --help, Folio runs as a command-line tool and needs no display.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(folio::CommandLine)

public:
    QString wikiPath;    // empty: the default wiki
    QString pageTitle;   // from a page link: the page the window opens on
    QStringList command; // the subcommand and its own arguments
    bool version = false;
    bool help = false;
    QString error;

    static CommandLine parse(const QStringList& arguments);
    // Decided before any application object exists, so the window's Qt options
    // (-platform offscreen, -style ...) are not taken for a command.
    static bool wantsTerminal(const QStringList& arguments);
    // The arguments without the window's Qt options and their values.
    static QStringList withoutQtOptions(const QStringList& arguments);
    static QString usage();
    bool runsInTerminal() const { return version || help || !command.isEmpty(); }
};

} // namespace folio
