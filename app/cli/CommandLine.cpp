#include "cli/CommandLine.h"

#include "core/FolioUrl.h"

#include <QFileInfo>
#include <QSet>
#include <QUrl>

#include <optional>

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

bool isCommand(const QString& word)
{
    return word == QLatin1String("page") || word == QLatin1String("search");
}

// "folio team.folio", and the file manager's "Open with Folio" (Exec=folio %u): a lone
// argument that names a file, or a new wiki by its extension, opens that wiki. Anything else
// stays a command, so "folio serch" is reported instead of creating a wiki called "serch".
std::optional<QString> wikiArgument(const QString& argument)
{
    if (argument.startsWith(QLatin1String("file:"))) {
        const QUrl url(argument);
        if (url.isLocalFile())
            return url.toLocalFile();
    }
    const QFileInfo info(argument);
    if ((info.exists() && !info.isDir()) ||
        argument.endsWith(QLatin1String(".folio"), Qt::CaseInsensitive))
        return argument;
    return std::nullopt;
}

} // namespace

CommandLine CommandLine::parse(const QStringList& arguments)
{
    CommandLine result;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if ((argument == QLatin1String("--wiki") || argument == QLatin1String("-w") ||
             argument.startsWith(QLatin1String("--wiki="))) &&
            !result.wikiPath.isEmpty()) {
            result.error = tr("Give one wiki: --wiki appears twice.");
            return result;
        }
        if (argument == QLatin1String("--wiki") || argument == QLatin1String("-w")) {
            if (i + 1 >= arguments.size()) {
                result.error = tr("--wiki needs the path of a wiki file.");
                return result;
            }
            result.wikiPath = arguments.at(++i);
            if (result.wikiPath.trimmed().isEmpty() || result.wikiPath.startsWith(u'-')) {
                result.error = tr("--wiki needs the path of a wiki file (for a name that starts "
                                  "with a dash, write ./%1).")
                                   .arg(result.wikiPath);
                return result;
            }
        } else if (argument.startsWith(QLatin1String("--wiki="))) {
            result.wikiPath = argument.mid(7);
            if (result.wikiPath.trimmed().isEmpty()) {
                result.error = tr("--wiki needs the path of a wiki file.");
                return result;
            }
        } else if (argument == QLatin1String("--version") || argument == QLatin1String("-v")) {
            result.version = true;
        } else if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            result.help = true;
        } else if (argument.startsWith(u'-')) {
            result.error = tr("Unknown option “%1”. Try “folio --help”.").arg(argument);
            return result;
        } else if (const QUrl link(argument);
                   FolioUrl::kind(link) == FolioUrl::Kind::Page && i == arguments.size() - 1) {
            result.pageTitle = FolioUrl::target(link);
            if (result.pageTitle.trimmed().isEmpty()) {
                result.error = tr("The link “%1” names no page.").arg(argument);
                return result;
            }
        } else if (const std::optional<QString> wiki = wikiArgument(argument);
                   wiki && !isCommand(argument) && i == arguments.size() - 1) {
            if (!result.wikiPath.isEmpty()) {
                result.error = tr("Give one wiki: either --wiki or a file name, not both.");
                return result;
            }
            result.wikiPath = *wiki;
        } else {
            result.command = arguments.mid(i);
            break;
        }
    }
    return result;
}

QStringList CommandLine::withoutQtOptions(const QStringList& arguments)
{
    QStringList ours = arguments.mid(0, 1);
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (isQtOptionWithValue(arguments.at(i)))
            ++i;
        else
            ours << arguments.at(i);
    }
    return ours;
}

bool CommandLine::wantsTerminal(const QStringList& arguments)
{
    const CommandLine parsed = parse(withoutQtOptions(arguments));
    // Qt's own options have one dash; a mistyped "--option" is ours to report.
    const bool badLongOption =
        !parsed.error.isEmpty() && parsed.error.contains(QLatin1String("--"));
    return parsed.runsInTerminal() || badLongOption;
}

QString CommandLine::usage()
{
    return tr(
        "Usage: folio [--wiki PATH] [COMMAND]\n"
        "       folio WIKI-FILE\n"
        "       folio folio://wiki/page/TITLE   (a copied page link: opens that page)\n"
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
        "  page list [--drafts] [--json]      list the published pages (--drafts: all)\n"
        "  page show TITLE [--html]           print a page's Markdown (or HTML)\n"
        "  page write TITLE [--file F] [--kind K] [--tags T]\n"
        "                                     create a page or add a revision,\n"
        "                                     from F or standard input\n"
        "  page history TITLE [--json]        list a page's revisions\n"
        "  page diff TITLE [REV_A [REV_B]]    a unified diff (default: the last two)\n"
        "  page rename OLD NEW                rename, and make links to OLD follow\n"
        "  page move TITLE PARENT | --top     put a page under another, or at the top\n"
        "  page delete TITLE                  delete a page (its history is kept)\n"
        "  page deleted                       list deleted pages\n"
        "  page restore TITLE [REVISION]      bring back a deleted page, or the text\n"
        "                                     of an older revision as a new one\n"
        "  page status TITLE [draft|review|published] [--public|--internal]\n"
        "               [--message TEXT]      move a page through review\n"
        "  page attach TITLE FILE             attach a file; prints the Markdown link\n"
        "  page import DIR                    import every .md file under DIR\n"
        "  Commands that write take --author NAME (default: the name set in the window,\n"
        "  else the login name).\n"
        "  search QUERY [--limit N] [--drafts] [--json]\n"
        "                                     search the published pages (--drafts: all);\n"
        "                                     QUERY may use \"phrases\", -excluded, OR, word*,\n"
        "                                     tag:, kind:, title:\n"
        "  import-links PATH [--format F] [--channels a,b] [--since DATE] [--until DATE]\n"
        "               [--include-private] [--allow-domain D] [--deny-domain D] [--json]\n"
        "                                     import the links shared in a chat export\n"
        "                                     or bookmark file; --format help lists the formats\n"
        "  links [--json] [--limit N] [QUERY] list links; QUERY may use channel:, from:,\n"
        "                                     domain:, tag:, after:, before:\n"
        "  link show URL [--text] [--json]    a link, its archive status and every message\n"
        "                                     that shared it; --text: its readable text\n"
        "  archive [--pending | --failed | URL...] [--allow-private] [--concurrency N]\n"
        "          [--timeout SECONDS]        keep the linked pages for reading offline\n"
        "  export FILE [--published-only] [--public-only] [--tag T] [--kind K]\n"
        "                                     write the wiki (or what passes) as a bundle\n"
        "  import FILE [--other-wiki]         merge a bundle: nobody's edits are lost\n"
        "  import --undo [--force]            put the wiki back as it was before the last\n"
        "                                     import\n"
        "  sync DIR [--other-wiki]            merge the other machines' bundles in DIR, then\n"
        "                                     write this machine's there\n");
}

} // namespace folio
