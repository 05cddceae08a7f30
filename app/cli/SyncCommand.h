#pragma once

#include "cli/Cli.h"
#include "sync/BundleMerger.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace folio {

struct Console;

// `folio export FILE [--published-only] [--public-only] [--tag T] [--kind K]` writes a
// bundle; `folio import FILE` merges one into the wiki and says what changed, `folio import
// --undo` takes the last import back; `folio sync DIR` does one round through a sync folder.
class SyncCommand
{
    Q_DECLARE_TR_FUNCTIONS(folio::SyncCommand)

public:
    // `wikiPath`: where the wiki is, or would be created.
    SyncCommand(WikiAccess wiki, const Console& console, QString wikiPath = {});
    int exportBundle(const QStringList& arguments);
    int importBundle(const QStringList& arguments);
    int syncFolder(const QStringList& arguments);

private:
    int usageError(const QString& message, const QString& usage);
    int undoImport(bool force);
    void printSummary(const QString& heading, const BundleMerger::Summary& summary);

    WikiAccess m_wiki;
    QString m_wikiPath;
    const Console& m_console;
    QTextStream& m_err;
};

} // namespace folio
