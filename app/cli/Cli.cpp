#include "cli/Cli.h"

#include "cli/ArchiveCommand.h"
#include "cli/CommandLine.h"
#include "cli/Console.h"
#include "cli/LinksCommand.h"
#include "cli/PageCommand.h"
#include "cli/SearchCommand.h"
#include "cli/SyncCommand.h"
#include "core/Settings.h"
#include "core/Version.h"
#include "store/StoreError.h"
#include "store/WikiFile.h"
#include "wiki/Wiki.h"

namespace folio {

Cli::Cli(const Console& console, CapturerFactory capturers)
    : m_console(console), m_capturers(std::move(capturers))
{
}

bool Cli::needsBrowser(const CommandLine& commandLine)
{
    return commandLine.error.isEmpty() && !commandLine.help && !commandLine.version &&
           commandLine.command.value(0) == QLatin1String("archive");
}

int Cli::run(const CommandLine& commandLine)
{
    if (!commandLine.error.isEmpty()) {
        m_console.err << m_console.forErr(tr("folio: %1").arg(commandLine.error)) << '\n';
        return Usage;
    }
    if (commandLine.help) {
        m_console.out << CommandLine::usage();
        return Success;
    }
    if (commandLine.version) {
        m_console.out << kApplicationName << ' ' << kVersion << '\n';
        return Success;
    }
    const QString group = commandLine.command.value(0);
    const QStringList groups{
        QStringLiteral("page"),   QStringLiteral("search"), QStringLiteral("import-links"),
        QStringLiteral("links"),  QStringLiteral("link"),   QStringLiteral("archive"),
        QStringLiteral("export"), QStringLiteral("import"), QStringLiteral("sync")};
    if (!groups.contains(group)) {
        m_console.err << m_console.forErr(
                             tr("folio: unknown command “%1”. Try “folio --help”.").arg(group))
                      << '\n';
        return Usage;
    }
    const bool isDefault = commandLine.wikiPath.isEmpty();
    const QString path = isDefault ? WikiFile::defaultPath() : commandLine.wikiPath;
    // Commands that only read never create or change a wiki: a mistyped path is reported,
    // and a read-only wiki can be read.
    const QString verb = commandLine.command.value(1);
    const bool readsOnly = group == QLatin1String("search") || group == QLatin1String("links") ||
                           group == QLatin1String("export") || verb == QLatin1String("list") ||
                           verb == QLatin1String("show") || verb == QLatin1String("history") ||
                           verb == QLatin1String("diff") || verb == QLatin1String("deleted");
    WikiFile::Options options;
    options.readOnly = readsOnly;
    // Archiving needs links already imported: a mistyped path is reported, not made a wiki.
    // Neither do commands on an existing page: a mistyped path must not become an empty wiki.
    const bool needsPage = group == QLatin1String("page") &&
                           (verb == QLatin1String("rename") || verb == QLatin1String("delete") ||
                            verb == QLatin1String("restore") || verb == QLatin1String("status") ||
                            verb == QLatin1String("attach"));
    const bool undoesImport =
        group == QLatin1String("import") && commandLine.command.contains(QLatin1String("--undo"));
    options.mayCreate =
        !readsOnly && !needsPage && !undoesImport && group != QLatin1String("archive");
    options.createFolders = isDefault;
    // The wiki is opened when a command first needs it, after its arguments and input were
    // checked: a command that fails on those leaves no new wiki behind.
    std::unique_ptr<Wiki> wiki;
    const WikiAccess access = [&]() -> Wiki& {
        if (!wiki)
            wiki = Wiki::open(path, options);
        return *wiki;
    };
    try {
        if (group == QLatin1String("archive"))
            return ArchiveCommand(access, m_console, m_capturers).run(commandLine.command.mid(1));
        if (group == QLatin1String("search"))
            return SearchCommand(access, m_console).run(commandLine.command.mid(1));
        if (group == QLatin1String("export"))
            return SyncCommand(access, m_console).exportBundle(commandLine.command.mid(1));
        if (group == QLatin1String("import"))
            return SyncCommand(access, m_console, path).importBundle(commandLine.command.mid(1));
        if (group == QLatin1String("sync"))
            return SyncCommand(access, m_console).syncFolder(commandLine.command.mid(1));
        // Revisions are signed with the name chosen in the window, else the login name.
        const std::unique_ptr<Settings> settings = Settings::forUser();
        const QString author = settings->authorName();
        LinksCommand links(access, m_console, author);
        if (group == QLatin1String("import-links"))
            return links.importLinks(commandLine.command.mid(1));
        if (group == QLatin1String("links"))
            return links.list(commandLine.command.mid(1));
        if (group == QLatin1String("link"))
            return links.link(commandLine.command.mid(1));
        PageCommand page(access, m_console, author);
        page.setAttachmentLimit(settings->attachmentMaxBytes());
        return page.run(commandLine.command.mid(1));
    } catch (const StoreError& error) {
        QString message = tr("folio: %1").arg(error.message());
        if (error.code() == StoreError::Code::NotFound && readsOnly && !wiki)
            message += u' ' + tr("Write a page with “folio page write” or open Folio's window to "
                                 "start one.");
        m_console.err << m_console.forErr(message) << '\n';
        return Failure;
    }
}

} // namespace folio
