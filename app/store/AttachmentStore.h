#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace folio {

class Database;

// Files and pictures attached to pages. Each is stored once, by the SHA-256 of its bytes,
// however often it is pasted; a page refers to it by a name of its own ("diagram.png",
// "images/setup.png" from an imported folder), which is what its Markdown links to.
class AttachmentStore
{
public:
    struct Blob
    {
        QString mimeType;
        QByteArray data;
    };
    struct Named
    {
        QString name;
        QString sha256;
        qint64 size = 0;
    };

    explicit AttachmentStore(Database& db) : m_db(db) {}

    // Stores the bytes unless the same bytes are stored already; returns their SHA-256.
    QString add(const QByteArray& data, const QString& mimeType);
    // Gives `sha256` the name `wanted` on the page; a name already taken there by other bytes
    // becomes "name-2.ext", "name-3.ext"…  Returns the name given.
    QString attach(qint64 pageId, const QString& wanted, const QString& sha256);
    // "diagram.png", 2 → "diagram-2.png"; "notes" → "notes-2"; "img/a.b.png" → "img/a.b-2.png".
    // Makes `name` on the page stand for `sha256`, whatever it stood for before (a file
    // imported again after it changed).
    void name(qint64 pageId, const QString& name, const QString& sha256);
    static QString numberedName(const QString& name, int number);
    // The first of `wanted`, "wanted-2", "wanted-3"… that `holder` (a name → the SHA-256 it
    // stands for, if any) says is free or already stands for `sha256`.
    using NameHolder = std::function<std::optional<QString>(const QString& name)>;
    static QString freeName(const QString& wanted, const QString& sha256, const NameHolder& holder);
    std::optional<Blob> blob(const QString& sha256) const;
    // The SHA-256 the page's `name` stands for.
    std::optional<QString> find(qint64 pageId, const QString& name) const;
    QList<Named> forPage(qint64 pageId) const;
    // Every page's, in one query, for a writer that walks all pages (page id → its files).
    QHash<qint64, QList<Named>> byPage() const;

private:
    Database& m_db;
};

} // namespace folio
