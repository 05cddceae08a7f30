#pragma once

#include "sync/BundleFilter.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

namespace folio {

class Database;

// Writes a wiki, or the part of it a filter lets leave, into one bundle file (a zip written by
// libarchive; docs/bundle-format.md): each page as plain Markdown with a front matter header,
// its whole history as JSON Lines, its attachments by SHA-256, the links side of a whole wiki
// (LinkBundleWriter), and a manifest with the SHA-256 of every entry, written last. The wiki is
// read in one snapshot; the file appears only once it is complete, so a cancelled or failed export
// leaves nothing half-written.
class BundleWriter
{
    Q_DECLARE_TR_FUNCTIONS(folio::BundleWriter)

public:
    struct Summary
    {
        int pages = 0;
        int deletedPages = 0;
        int revisions = 0;
        int attachments = 0;
        int links = 0; // whole-wiki bundles only, as messages and snapshots
        int messages = 0;
        int snapshots = 0;
    };
    struct Cancelled
    {
    };
    using Progress = std::function<void(int done, int total)>;

    BundleWriter(Database& db, QString machineId);
    void setFilter(const BundleFilter& filter) { m_filter = filter; }
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // Checked between pages: once set, write() throws Cancelled and no file is left.
    void setCancelFlag(const std::atomic<bool>* cancelled) { m_cancelled = cancelled; }

    // Throws BundleError (the file cannot be written) or StoreError (the wiki cannot be read).
    Summary write(const QString& path);

private:
    Database& m_db;
    QString m_machineId;
    BundleFilter m_filter;
    Progress m_progress;
    const std::atomic<bool>* m_cancelled = nullptr;
};

} // namespace folio
