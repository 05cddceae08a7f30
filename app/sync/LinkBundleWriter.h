#pragma once

#include <QString>

#include <atomic>
#include <functional>

namespace folio {

class Database;

// Writes the links side of a whole-wiki bundle (docs/bundle-format.md): every snapshot a
// capture keeps (snapshots/<sha256>.mht or .pdf), the messages that shared links with their
// shares (links/messages-NNNNNN.jsonl), then the links with their tags and captures
// (links/links-NNNNNN.jsonl), a few thousand lines per entry so that neither side holds them
// all at once. Reads in whatever transaction the caller holds.
class LinkBundleWriter
{
public:
    using Add = std::function<void(const QString& name, const QByteArray& data)>;
    struct Summary
    {
        int links = 0;
        int messages = 0;
        int snapshots = 0;
    };
    struct Cancelled
    {
    };

    static constexpr int kLinesPerEntry = 5000;

    LinkBundleWriter(Database& db, Add add) : m_db(db), m_add(std::move(add)) {}
    void setCancelFlag(const std::atomic<bool>* cancelled) { m_cancelled = cancelled; }
    // Throws Cancelled, StoreError, or what `add` throws.
    Summary write();

    // The entry name of a snapshot with this content type, or empty when bundles carry none.
    static QString snapshotName(const QString& sha256, const QString& contentType);
    // The content type a snapshot entry's name says, or empty.
    static QString contentTypeOf(const QString& entryName);

private:
    void checkCancelled() const;
    void writeSnapshots(Summary& summary);
    void writeMessages(Summary& summary);
    void writeLinks(Summary& summary);
    void flush(const char* kind, int& part, QByteArray& lines, int& count);

    Database& m_db;
    Add m_add;
    const std::atomic<bool>* m_cancelled = nullptr;
};

} // namespace folio
