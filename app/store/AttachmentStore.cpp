#include "store/AttachmentStore.h"

#include "core/Sha256.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "store/Transaction.h"

#include <QDateTime>

namespace folio {
QString AttachmentStore::numberedName(const QString& name, int number)
{
    const qsizetype slash = name.lastIndexOf(u'/');
    const qsizetype dot = name.lastIndexOf(u'.');
    const qsizetype cut = dot > slash + 1 ? dot : name.size();
    return name.left(cut) + u'-' + QString::number(number) + name.mid(cut);
}

QString AttachmentStore::add(const QByteArray& data, const QString& mimeType)
{
    const QString sha256 = Sha256::hex(data);
    Statement insert(m_db, QStringLiteral("INSERT OR IGNORE INTO attachments "
                                          "(sha256, mime_type, size, data, created_at) "
                                          "VALUES (?, ?, ?, ?, ?)"));
    insert.bind(1, sha256)
        .bind(2, mimeType)
        .bind(3, qint64(data.size()))
        .bind(4, data)
        .bind(5, QDateTime::currentMSecsSinceEpoch());
    insert.run();
    return sha256;
}

QString AttachmentStore::attach(qint64 pageId, const QString& wanted, const QString& sha256)
{
    Transaction transaction(m_db);
    const QString name =
        freeName(wanted, sha256, [&](const QString& candidate) { return find(pageId, candidate); });
    if (!find(pageId, name)) {
        Statement insert(m_db, QStringLiteral("INSERT INTO page_attachments "
                                              "(page_id, name, sha256) VALUES (?, ?, ?)"));
        insert.bind(1, pageId).bind(2, name).bind(3, sha256);
        insert.run();
    }
    transaction.commit();
    return name;
}

QString AttachmentStore::freeName(const QString& wanted, const QString& sha256,
                                  const NameHolder& holder)
{
    for (int number = 1;; ++number) {
        const QString name = number == 1 ? wanted : numberedName(wanted, number);
        const std::optional<QString> held = holder(name);
        if (!held || *held == sha256)
            return name;
    }
}

void AttachmentStore::name(qint64 pageId, const QString& name, const QString& sha256)
{
    Statement upsert(m_db, QStringLiteral("INSERT OR REPLACE INTO page_attachments "
                                          "(page_id, name, sha256) VALUES (?, ?, ?)"));
    upsert.bind(1, pageId).bind(2, name).bind(3, sha256);
    upsert.run();
}

std::optional<AttachmentStore::Blob> AttachmentStore::blob(const QString& sha256) const
{
    Statement query(m_db,
                    QStringLiteral("SELECT mime_type, data FROM attachments WHERE sha256 = ?"));
    query.bind(1, sha256);
    if (!query.step())
        return std::nullopt;
    return Blob{query.text(0), query.blob(1)};
}

std::optional<QString> AttachmentStore::find(qint64 pageId, const QString& name) const
{
    Statement query(m_db, QStringLiteral("SELECT sha256 FROM page_attachments "
                                         "WHERE page_id = ? AND name = ?"));
    query.bind(1, pageId).bind(2, name);
    if (!query.step())
        return std::nullopt;
    return query.text(0);
}

QList<AttachmentStore::Named> AttachmentStore::forPage(qint64 pageId) const
{
    Statement query(m_db, QStringLiteral("SELECT p.name, p.sha256, a.size FROM page_attachments p "
                                         "JOIN attachments a ON a.sha256 = p.sha256 "
                                         "WHERE p.page_id = ? ORDER BY p.name"));
    query.bind(1, pageId);
    QList<Named> result;
    while (query.step())
        result.append({query.text(0), query.text(1), query.int64(2)});
    return result;
}

QHash<qint64, QList<AttachmentStore::Named>> AttachmentStore::byPage() const
{
    Statement query(m_db, QStringLiteral("SELECT p.page_id, p.name, p.sha256, a.size "
                                         "FROM page_attachments p "
                                         "JOIN attachments a ON a.sha256 = p.sha256 "
                                         "ORDER BY p.page_id, p.name"));
    QHash<qint64, QList<Named>> result;
    while (query.step())
        result[query.int64(0)].append({query.text(1), query.text(2), query.int64(3)});
    return result;
}

} // namespace folio
