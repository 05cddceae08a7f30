#include "cli/SyncCommand.h"

#include "cli/CommandArguments.h"
#include "cli/Console.h"
#include "core/Identity.h"
#include "store/PageKind.h"
#include "sync/BundleError.h"
#include "sync/BundleMerger.h"
#include "sync/BundleReader.h"
#include "sync/BundleWriter.h"
#include "wiki/Wiki.h"

#include <QCommandLineParser>
#include <QDir>

namespace folio {

SyncCommand::SyncCommand(WikiAccess wiki, const Console& console)
    : m_wiki(std::move(wiki)), m_console(console), m_err(console.err)
{
}

int SyncCommand::usageError(const QString& message, const QString& usage)
{
    m_err << m_console.forErr(tr("folio: %1").arg(message)) << '\n' << usage << '\n';
    return Cli::Usage;
}

int SyncCommand::exportBundle(const QStringList& arguments)
{
    const QString usage = tr("Usage: folio export FILE [--published-only] [--public-only] "
                             "[--tag TAG]… [--kind KIND]…");
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption({QStringLiteral("published-only"), {}});
    parser.addOption({QStringLiteral("public-only"), {}});
    parser.addOption({QStringLiteral("tag"), {}, QStringLiteral("TAG")});
    parser.addOption({QStringLiteral("kind"), {}, QStringLiteral("KIND")});
    if (!parser.parse(QStringList{QStringLiteral("folio")} + arguments))
        return usageError(parser.errorText(), usage);
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("export needs the file to write."), usage);
    BundleFilter filter;
    filter.publishedOnly = parser.isSet(QStringLiteral("published-only"));
    filter.publicOnly = parser.isSet(QStringLiteral("public-only"));
    filter.tags = parser.values(QStringLiteral("tag"));
    for (const QString& key : parser.values(QStringLiteral("kind"))) {
        const std::optional<PageKind> kind = PageKinds::fromKey(key);
        if (!kind)
            return usageError(
                tr("--kind takes %1.").arg(PageKinds::keys().join(QLatin1String(", "))), usage);
        filter.kinds.append(*kind);
    }
    const QString path = parser.positionalArguments().first();
    BundleWriter writer(m_wiki().database(), Identity::machineId());
    writer.setFilter(filter);
    writer.setCancelFlag(&InterruptGuard::flag());
    BundleWriter::Summary summary;
    try {
        const InterruptGuard interruptible;
        summary = writer.write(path);
    } catch (const BundleError& error) {
        m_err << m_console.forErr(tr("folio: %1").arg(error.message())) << '\n';
        return Cli::Failure;
    } catch (const BundleWriter::Cancelled&) {
        m_err << tr("folio: export cancelled; nothing was written.") << '\n';
        return Cli::Failure;
    }
    m_err << m_console.forErr(tr("Exported %n page(s) (%1 deleted), %2 revisions and %3 "
                                 "attachments to “%4”.",
                                 nullptr, summary.pages)
                                  .arg(summary.deletedPages)
                                  .arg(summary.revisions)
                                  .arg(summary.attachments)
                                  .arg(QDir::toNativeSeparators(path)))
          << '\n';
    return Cli::Success;
}

int SyncCommand::importBundle(const QStringList& arguments)
{
    const QString usage = tr("Usage: folio import FILE");
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("folio")} + arguments))
        return usageError(parser.errorText(), usage);
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("import needs the bundle to merge."), usage);
    const QString path = parser.positionalArguments().first();
    BundleMerger::Summary summary;
    try {
        // The whole bundle is checked before the wiki is opened: a bad one changes nothing
        // and creates no wiki.
        BundleReader reader(path);
        BundleMerger merger(m_wiki().database());
        merger.setCancelFlag(&InterruptGuard::flag());
        const InterruptGuard interruptible;
        summary = merger.merge(reader);
    } catch (const BundleError& error) {
        m_err << m_console.forErr(tr("folio: %1").arg(error.message())) << '\n';
        return Cli::Failure;
    } catch (const BundleMerger::Cancelled&) {
        m_err << tr("folio: import cancelled; nothing was imported.") << '\n';
        return Cli::Failure;
    }
    m_err << tr("Imported: %1 new, %2 updated, %3 merged, %4 conflicted, %5 deleted, "
                "%6 restored, %7 renamed, %8 unchanged pages; %9 new attachments.")
                 .arg(summary.added)
                 .arg(summary.updated)
                 .arg(summary.merged)
                 .arg(summary.conflicted)
                 .arg(summary.deleted)
                 .arg(summary.restored)
                 .arg(summary.renamed)
                 .arg(summary.unchanged)
                 .arg(summary.attachments)
          << '\n';
    if (summary.conflicted > 0)
        m_err << tr("Conflicted pages hold both texts between <<<<<<< and >>>>>>> lines; edit "
                    "them to choose.")
              << '\n';
    return Cli::Success;
}

} // namespace folio
