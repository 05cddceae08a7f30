#include "cli/Cli.h"

#include "cli/CommandLine.h"
#include "cli/Console.h"
#include "cli/PageCommand.h"
#include "cli/SearchCommand.h"
#include "core/Version.h"
#include "store/StoreError.h"
#include "store/WikiFile.h"
#include "wiki/Wiki.h"

namespace folio {

Cli::Cli(const Console& console) : m_console(console)
{
}

int Cli::run(const CommandLine& commandLine)
{
    if (!commandLine.error.isEmpty()) {
        m_console.err << commandLine.error << '\n';
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
    if (group != QLatin1String("page") && group != QLatin1String("search")) {
        m_console.err << tr("Unknown command “%1”. Try “folio --help”.").arg(group) << '\n';
        return Usage;
    }
    const QString path =
        commandLine.wikiPath.isEmpty() ? WikiFile::defaultPath() : commandLine.wikiPath;
    try {
        std::unique_ptr<Wiki> wiki = Wiki::open(path);
        if (group == QLatin1String("search"))
            return SearchCommand(*wiki, m_console).run(commandLine.command.mid(1));
        return PageCommand(*wiki, m_console).run(commandLine.command.mid(1));
    } catch (const StoreError& error) {
        m_console.err << tr("folio: %1").arg(error.message()) << '\n';
        return Failure;
    }
}

} // namespace folio
