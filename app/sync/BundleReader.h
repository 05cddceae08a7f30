#pragma once

#include "store/ChatMessage.h"
#include "store/Page.h"
#include "sync/LinkRecords.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace folio {

class ExportArchive;
class ReadAhead;

// Reads a bundle (docs/bundle-format.md). Opening checks what the file holds: names with
// nothing hostile in them (ExportArchive refuses `../`, links and duplicates), a manifest of
// a known major version, and every entry it lists present and no other. Reading checks each
// entry as it comes — its size (decompression bombs) and the SHA-256 the manifest gives —
// and hands over attachments, and each page with its history, in the bundle's order. The
// merge reads inside its transaction, so an entry found damaged late still leaves the wiki
// as it was, and the bundle is decompressed once.
class BundleReader
{
    Q_DECLARE_TR_FUNCTIONS(folio::BundleReader)

public:
    struct Manifest
    {
        int majorVersion = 0;
        int minorVersion = 0;
        QString wiki;
        QStringList knownWikis; // other wikis merged into it
        QString machine;
        QDateTime createdAt;
        bool wholeWiki = true;
    };
    struct PageRecord
    {
        QString uuid;
        QString head; // the uuid of the revision the page's text is
        std::optional<QDateTime> deletedAt;
        QHash<QString, QString> attachments; // name → SHA-256
    };
    struct RevisionRecord
    {
        QString uuid;
        QString parent;      // empty for a first revision
        QString mergeParent; // empty unless a merge
        QString author;
        QDateTime createdAt;
        PageContent content;
        PageState state;
        QString summary;
        bool conflicted = false;
        QString parentPage; // the uuid of the page it sits under; empty at the top
        // Written before bundles carried parentPage (format < 2.1): the revision keeps the
        // place of the revision it was written on.
        bool parentPageUnknown = false;
    };
    using AttachmentUse = std::function<void(const QString& sha256, const QByteArray& data)>;
    using PageUse =
        std::function<void(const PageRecord& page, const QList<RevisionRecord>& history)>;
    // The links side of a whole-wiki bundle, in the bundle's order: snapshots, then messages
    // with their shares, then links. Any of them may be left empty (not read, only checked).
    struct LinkUses
    {
        std::function<void(const QString& contentType, const QByteArray& data)> snapshot;
        std::function<void(const QList<ChatMessage>& messages)> messages;
        std::function<void(const QList<LinkRecord>& links)> links;
    };

    // Throws BundleError naming the file and what is wrong with it.
    explicit BundleReader(const QString& path);
    ~BundleReader();

    const Manifest& manifest() const { return m_manifest; }
    // Reads every entry against its checksum now, before anything else: for a caller about
    // to create a wiki for the bundle, which a damaged one must not leave behind.
    void verify();
    int pageCount() const { return m_pageCount; }
    // Throws BundleError for a page file or history the bundle's checksums vouch for but
    // that does not read as one (written by something that is not Folio). The callbacks run
    // on the calling thread, in the bundle's order, while a thread of its own reads ahead;
    // an exception a callback throws stops the reading and comes out of read().
    void read(const AttachmentUse& attachment, const PageUse& page, const LinkUses& links = {});

    // Above this an entry is refused rather than read into memory.
    static constexpr qint64 kMaxEntryBytes = qint64(1) << 30;

private:
    [[noreturn]] void refuse(const QString& problem) const;
    void readManifest();
    void checkEntries();
    void readAhead(ReadAhead& ahead, const AttachmentUse& attachment, const PageUse& page,
                   const LinkUses& links);

    QString m_path;
    std::unique_ptr<ExportArchive> m_archive;
    Manifest m_manifest;
    QHash<QString, QString> m_checksums; // entry → SHA-256, from the manifest
    int m_pageCount = 0;
};

} // namespace folio
