#include "cli/CommandLine.h"

#include <QSet>

namespace folio {
namespace {

// Options QGuiApplication/QApplication take with a value; see QGuiApplication's docs.
bool isQtOptionWithValue(const QString& argument)
{
    static const QSet<QString> options = {
        QStringLiteral("-platform"),        QStringLiteral("-platformpluginpath"),
        QStringLiteral("-platformtheme"),   QStringLiteral("-plugin"),
        QStringLiteral("-qwindowgeometry"), QStringLiteral("-qwindowicon"),
        QStringLiteral("-qwindowtitle"),    QStringLiteral("-session"),
        QStringLiteral("-display"),         QStringLiteral("-geometry"),
        QStringLiteral("-style"),           QStringLiteral("-stylesheet"),
        QStringLiteral("-qmljsdebugger")};
    return options.contains(argument);
}

} // namespace

CommandLine CommandLine::parse(const QStringList& arguments)
{
    CommandLine result;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--wiki") || argument == QLatin1String("-w")) {
            if (i + 1 >= arguments.size()) {
                result.error = tr("--wiki needs the path of a wiki file.");
                return result;
            }
            result.wikiPath = arguments.at(++i);
        } else if (argument.startsWith(QLatin1String("--wiki="))) {
            result.wikiPath = argument.mid(7);
        } else if (argument == QLatin1String("--version") || argument == QLatin1String("-v")) {
            result.version = true;
        } else if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            result.help = true;
        } else if (argument.startsWith(u'-')) {
            result.error = tr("Unknown option “%1”. Try “folio --help”.").arg(argument);
            return result;
        } else {
            result.command = arguments.mid(i);
            break;
        }
    }
    return result;
}

bool CommandLine::wantsTerminal(const QStringList& arguments)
{
    QStringList ours = arguments.mid(0, 1);
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (isQtOptionWithValue(arguments.at(i)))
            ++i;
        else
            ours << arguments.at(i);
    }
    const CommandLine parsed = parse(ours);
    // Qt's own options have one dash; a mistyped "--option" is ours to report.
    const bool badLongOption =
        !parsed.error.isEmpty() && parsed.error.contains(QLatin1String("--"));
    return parsed.runsInTerminal() || badLongOption;
}

QString CommandLine::usage()
{
    return tr("Usage: folio [--wiki PATH] [COMMAND]\n"
              "\n"
              "Folio is an offline wiki. Without a command it opens the window.\n"
              "\n"
              "Options:\n"
              "  -w, --wiki PATH   open or create the wiki file at PATH\n"
              "                    (default: wiki.folio in the user's data folder)\n"
              "  -v, --version     print the version and exit\n"
              "  -h, --help        print this help and exit\n"
              "\n"
              "Commands:\n"
              "  page list [--json]                 list the pages\n"
              "  page show TITLE [--html]           print a page's Markdown (or HTML)\n"
              "  page write TITLE [--file F] [--kind K] [--tags T]\n"
              "                                     create a page or add a revision,\n"
              "                                     from F or standard input\n"
              "  page history TITLE [--json]        list a page's revisions\n"
              "  page import DIR                    import every .md file under DIR\n"
              "  search QUERY [--limit N] [--json]  search every page; QUERY may use \"phrases\",\n"
              "                                     -excluded, OR, word*, tag:, kind:, title:\n");
}

} // namespace folio
