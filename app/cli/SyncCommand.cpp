#include "cli/SyncCommand.h"

#include "cli/CommandArguments.h"
#include "cli/Console.h"
#include "cli/TerminalProgress.h"
#include "core/Identity.h"
#include "store/PageKind.h"
#include "sync/BundleError.h"
#include "sync/BundleImport.h"
#include "sync/BundleMerger.h"
#include "sync/BundleReader.h"
#include "sync/BundleWriter.h"
#include "sync/ImportLog.h"
#include "sync/ImportUndo.h"
#include "sync/SyncFolder.h"
#include "wiki/Wiki.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace folio {

SyncCommand::SyncCommand(WikiAccess wiki, const Console& console, QString wikiPath)
    : m_wiki(std::move(wiki)), m_wikiPath(std::move(wikiPath)), m_console(console),
      m_err(console.err)
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
    TerminalProgress progress(m_err);
    writer.setProgress(
        [&progress](int done, int total) { progress.show(tr("Exporting"), done, total); });
    BundleWriter::Summary summary;
    try {
        const InterruptGuard interruptible;
        summary = writer.write(path);
        progress.finish();
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
    if (summary.links > 0)
        m_err << tr("With %1 links, shared in %2 messages, and %3 archived pages.")
                     .arg(summary.links)
                     .arg(summary.messages)
                     .arg(summary.snapshots)
              << '\n';
    return Cli::Success;
}

int SyncCommand::importBundle(const QStringList& arguments)
{
    const QString usage = tr("Usage: folio import FILE [--other-wiki] | folio import --undo "
                             "[--force]");
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption({QStringLiteral("other-wiki"), {}});
    parser.addOption({QStringLiteral("undo"), {}});
    parser.addOption({QStringLiteral("force"), {}});
    if (!parser.parse(QStringList{QStringLiteral("folio")} + arguments))
        return usageError(parser.errorText(), usage);
    if (parser.isSet(QStringLiteral("undo"))) {
        if (!parser.positionalArguments().isEmpty() || parser.isSet(QStringLiteral("other-wiki")))
            return usageError(tr("--undo takes no file: it undoes the last import."), usage);
        return undoImport(parser.isSet(QStringLiteral("force")));
    }
    if (parser.isSet(QStringLiteral("force")))
        return usageError(tr("--force goes with --undo."), usage);
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("import needs the bundle to merge."), usage);
    const QString path = parser.positionalArguments().first();
    BundleMerger::Summary summary;
    TerminalProgress progress(m_err);
    try {
        // A bad bundle changes nothing (the merge checks each entry inside its transaction)
        // and creates no wiki: where the import would create one, the bundle is checked
        // whole first.
        const QString fileStamp = ImportLog::fileStampOf(path);
        BundleReader reader(path);
        if (!m_wikiPath.isEmpty() && !QFileInfo::exists(m_wikiPath))
            reader.verify();
        BundleImport import(m_wiki().database());
        import.setOtherWikiAllowed(parser.isSet(QStringLiteral("other-wiki")));
        import.setCancelFlag(&InterruptGuard::flag());
        import.setProgress(
            [&progress](int done, int total) { progress.show(tr("Merging"), done, total);
    });
    const InterruptGuard interruptible;
    summary = import.run(reader, path, fileStamp);
    progress.finish();
}
catch (const BundleError& error)
{
    progress.finish();
    QString message = tr("folio: %1").arg(error.message());
    if (error.code() == BundleError::Code::OtherWiki)
        message += u' ' + tr("To merge its pages into this wiki, import it with "
                             "--other-wiki.");
    m_err << m_console.forErr(message) << '\n';
    return Cli::Failure;
}
catch (const BundleMerger::Cancelled&)
{
    progress.finish();
    m_err << tr("folio: import cancelled; nothing was imported.") << '\n';
    return Cli::Failure;
}
printSummary(tr("Imported:"), summary);
m_err << m_console.forErr(tr("The wiki as it was before is kept in “%1”; “folio import "
                             "--undo” puts it back.")
                              .arg(QDir::toNativeSeparators(
                                  BundleImport::backupPathFor(m_wiki().database().path()))))
      << '\n';
return Cli::Success;
} // namespace folio

int SyncCommand::undoImport(bool force)
{
    ImportUndo::Plan plan;
    try {
        plan = ImportUndo(m_wiki().database()).undo(force ? ImportUndo::kAnyChanges : 0);
    } catch (const BundleError& error) {
        QString message = tr("folio: %1").arg(error.message());
        if (error.code() == BundleError::Code::EditedSince)
            message += u' ' + tr("To undo them too, run “folio import --undo --force”.");
        m_err << m_console.forErr(message) << '\n';
        return Cli::Failure;
    }
    m_err << m_console.forErr(
                 tr("Undid the import of “%1” (%2): the wiki is as it was before it. The wiki "
                    "as it was before the undo is kept in “%3”.")
                     .arg(QDir::toNativeSeparators(plan.import.bundle),
                          QLocale().toString(plan.import.importedAt.toLocalTime(),
                                             QLocale::ShortFormat),
                          QDir::toNativeSeparators(plan.keptAt)))
          << '\n';
    return Cli::Success;
}

int SyncCommand::syncFolder(const QStringList& arguments)
{
    const QString usage = tr("Usage: folio sync DIR [--other-wiki]");
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption({QStringLiteral("other-wiki"), {}});
    if (!parser.parse(QStringList{QStringLiteral("folio")} + arguments))
        return usageError(parser.errorText(), usage);
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("sync needs the folder the machines share."), usage);
    const QString folder = parser.positionalArguments().first();
    if (!QFileInfo(folder).isDir())
        return usageError(tr("“%1” is not a folder.").arg(QDir::toNativeSeparators(folder)), usage);
    TerminalProgress progress(m_err);
    SyncFolder::Round round;
    try {
        SyncFolder sync(m_wiki().database(), folder, Identity::machineId());
        sync.setOtherWikiAllowed(parser.isSet(QStringLiteral("other-wiki")));
        sync.setCancelFlag(&InterruptGuard::flag());
        sync.setProgress(
            [&progress](SyncFolder::Stage stage, const QString& bundle, int done, int total) {
                const QString name = QFileInfo(bundle).fileName();
                progress.show(stage == SyncFolder::Stage::Merging ? tr("Merging %1").arg(name)
                                                                  : tr("Writing %1").arg(name),
                              done, total);
            });
        const InterruptGuard interruptible;
        round = sync.run();
        progress.finish();
    } catch (const BundleError& error) {
        progress.finish();
        m_err << m_console.forErr(tr("folio: %1").arg(error.message())) << '\n';
        return Cli::Failure;
    } catch (const BundleMerger::Cancelled&) {
        progress.finish();
        m_err << tr("folio: sync cancelled; the bundle being merged was not imported.") << '\n';
        return Cli::Failure;
    } catch (const BundleWriter::Cancelled&) {
        progress.finish();
        m_err << tr("folio: sync cancelled before this machine's bundle was written.") << '\n';
        return Cli::Failure;
    }
    if (round.bundlesMerged > 0)
        printSummary(tr("Merged %n bundle(s):", nullptr, round.bundlesMerged), round.summary);
    for (const SyncFolder::Skipped& skipped : round.skipped) {
        QString message = tr("folio: skipped: %1").arg(skipped.reason);
        if (skipped.code == BundleError::Code::OtherWiki)
            message += u' ' + tr("To merge it into this wiki, sync with --other-wiki.");
        m_err << m_console.forErr(message) << '\n';
    }
    const QString own = QDir::toNativeSeparators(round.ownBundle);
    m_err << m_console.forErr(round.wrote
                                  ? tr("Wrote this machine's bundle “%1”.").arg(own)
                                  : tr("This machine's bundle “%1” is up to date.").arg(own))
          << '\n';
    return round.skipped.isEmpty() ? Cli::Success : Cli::Failure;
}

void SyncCommand::printSummary(const QString& heading, const BundleMerger::Summary& summary)
{
    m_err << heading << ' '
          << tr("%1 new, %2 updated, %3 merged, %4 conflicted, %5 deleted, %6 restored, "
                "%7 renamed, %8 unchanged pages; %9 new attachments.")
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
    if (summary.links + summary.shares + summary.captures > 0)
        m_err << tr("Links: %1 new, %2 new shares, %3 new archived copies.")
                     .arg(summary.links)
                     .arg(summary.shares)
                     .arg(summary.captures)
              << '\n';
    if (summary.conflicted > 0)
        m_err << tr("Conflicted pages hold both texts between <<<<<<< and >>>>>>> lines; edit "
                    "them to choose.")
              << '\n';
}

} // namespace folio
