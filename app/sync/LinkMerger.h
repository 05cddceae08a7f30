#pragma once

#include "store/LinkStore.h"
#include "sync/LinkRecords.h"

#include <QList>

#include <memory>

namespace folio {

class ArchiveStore;
class Database;

// Merges the links side of a bundle into a wiki, inside the caller's transaction: snapshots
// by SHA-256; messages by their key (platform, workspace, channel, id) with their shares, so
// both machines end with the union; each link's tags by union, hidden if either hid it, its
// flags together; captures by snapshot and time. Addresses are normalised again as an import
// from chat would: a bundle cannot bring in a link a chat export could not.
class LinkMerger
{
public:
    struct Summary
    {
        int links = 0;    // new to this wiki
        int shares = 0;   // new to this wiki
        int captures = 0; // new to this wiki
        int skipped = 0;  // shares whose address Folio does not keep
    };

    explicit LinkMerger(Database& db);
    ~LinkMerger();

    void snapshot(const QString& contentType, const QByteArray& data);
    void messages(const QList<ChatMessage>& messages);
    void links(const QList<LinkRecord>& links);
    // Brings the counts, labels and search rows of the links touched up to date.
    Summary finish();

private:
    Database& m_db;
    LinkStore m_store;
    std::unique_ptr<LinkStore::Import> m_import;
    std::unique_ptr<ArchiveStore> m_archive;
    Summary m_summary;
};

} // namespace folio
