#include "sync/ImportLog.h"

#include "core/Sha256.h"
#include "store/Statement.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace folio {
namespace {

QString summaryJson(const BundleMerger::Summary& summary)
{
    QJsonObject object;
    for (const auto& [name, member] : kSummaryCounts)
        object.insert(QLatin1String(name), summary.*member);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

BundleMerger::Summary summaryFrom(const QString& json)
{
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    BundleMerger::Summary summary;
    for (const auto& [name, member] : kSummaryCounts)
        summary.*member = object.value(QLatin1String(name)).toInt();
    return summary;
}

} // namespace

void ImportLog::record(const Entry& entry)
{
    Statement insert(
        m_db, QStringLiteral("INSERT INTO imports (bundle, file_stamp, from_wiki, from_machine, "
                             "imported_at, summary, backup, backup_sha256, wiki_stamp, undone) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(1, entry.bundle)
        .bind(2, entry.fileStamp)
        .bind(3, entry.fromWiki)
        .bind(4, entry.fromMachine)
        .bind(5, entry.importedAt.toMSecsSinceEpoch())
        .bind(6, summaryJson(entry.summary))
        .bind(7, entry.backup)
        .bind(8, entry.backupSha256)
        .bind(9, entry.wikiStamp)
        .bind(10, qint64(entry.undone));
    insert.run();
}

QList<ImportLog::Entry> ImportLog::read(const QString& where) const
{
    Statement query(
        m_db, QStringLiteral("SELECT id, bundle, file_stamp, from_wiki, from_machine, "
                             "imported_at, summary, backup, backup_sha256, wiki_stamp, undone "
                             "FROM imports %1")
                  .arg(where));
    QList<Entry> entries;
    while (query.step()) {
        Entry entry;
        entry.id = query.int64(0);
        entry.bundle = query.text(1);
        entry.fileStamp = query.text(2);
        entry.fromWiki = query.text(3);
        entry.fromMachine = query.text(4);
        entry.importedAt = QDateTime::fromMSecsSinceEpoch(query.int64(5), Qt::UTC);
        entry.summary = summaryFrom(query.text(6));
        entry.backup = query.text(7);
        entry.backupSha256 = query.text(8);
        entry.wikiStamp = query.text(9);
        entry.undone = query.int64(10) != 0;
        entries.append(entry);
    }
    return entries;
}

std::optional<ImportLog::Entry> ImportLog::last() const
{
    const QList<Entry> entries = read(QStringLiteral("ORDER BY id DESC LIMIT 1"));
    return entries.isEmpty() ? std::nullopt : std::optional<Entry>(entries.first());
}

std::optional<ImportLog::Entry> ImportLog::lastUndoable() const
{
    const QList<Entry> entries =
        read(QStringLiteral("WHERE backup <> '' ORDER BY id DESC LIMIT 1"));
    return entries.isEmpty() ? std::nullopt : std::optional<Entry>(entries.first());
}

QList<ImportLog::Entry> ImportLog::lastRound() const
{
    const std::optional<Entry> newest = lastUndoable();
    if (!newest)
        return {};
    // Everything imported since that copy was taken: the imports sharing it, and those that
    // changed nothing. (The sha256 is hex: safe to write into the statement.)
    return read(QStringLiteral("WHERE undone = 0 AND id >= (SELECT min(id) FROM imports "
                               "WHERE backup_sha256 = '%1') ORDER BY id")
                    .arg(newest->backupSha256));
}

bool ImportLog::contains(const QString& bundle, const QString& fileStamp) const
{
    Statement query(m_db,
                    QStringLiteral("SELECT 1 FROM imports WHERE bundle = ? AND file_stamp = ?"));
    query.bind(1, bundle).bind(2, fileStamp);
    return query.step();
}

bool ImportLog::isEmpty() const
{
    Statement query(m_db, QStringLiteral("SELECT 1 FROM imports WHERE undone = 0 LIMIT 1"));
    return !query.step();
}

QString ImportLog::sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Sha256::Hasher hasher;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 read = file.read(buffer.data(), buffer.size());
        if (read < 0)
            return {};
        if (read == 0)
            break;
        hasher.add(QByteArrayView(buffer.constData(), read));
    }
    return hasher.hex();
}

QString ImportLog::fileStampOf(const QString& path)
{
    const QFileInfo info(path);
    return QStringLiteral("%1 %2").arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch());
}

} // namespace folio
