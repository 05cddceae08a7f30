#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace folio {

// Reads one member of an export as a stream.
class MemberReader
{
public:
    virtual ~MemberReader() = default;
    // Up to `size` bytes; 0 at the end. Throws ExportError when the data cannot be read.
    virtual qint64 read(char* data, qint64 size) = 0;
    // The whole member; throws ExportError above `limit` bytes (the member is then too large
    // to be anything Folio reads at once).
    QByteArray readAll(qint64 limit);
};

// An export as a set of named files: an unzipped folder, a zip or tar archive, or one plain
// file. Archives are read member by member with libarchive, never unpacked to disk. Opening
// checks every member name: an archive with entries that climb out (`../`), absolute paths,
// links, devices or names that are not UTF-8 is refused whole; so is one whose data expands
// far beyond its size (a decompression bomb).
class ExportArchive
{
    Q_DECLARE_TR_FUNCTIONS(folio::ExportArchive)

public:
    using Wanted = std::function<bool(const QString& member)>;
    using Use = std::function<void(const QString& member, MemberReader& reader)>;

    // Throws ExportError naming the file and the problem.
    static std::unique_ptr<ExportArchive> open(const QString& path);
    virtual ~ExportArchive() = default;

    QString path() const { return m_path; }
    // Member paths relative to the export's root, with '/' separators. A plain file is one
    // member: its file name.
    const QStringList& members() const { return m_members; }
    // Links and special files (FIFOs, devices) in an unzipped export: never read.
    const QStringList& leftOut() const { return m_leftOut; }
    bool contains(const QString& member) const { return m_members.contains(member); }
    bool isPlainFile() const { return m_plainFile; }
    // Calls `use` for each member `wanted` accepts, in the archive's order.
    virtual void read(const Wanted& wanted, const Use& use) = 0;
    // The first `size` bytes of a member, to recognise its format.
    QByteArray head(const QString& member, qint64 size);
    // How much of the export has been read since resetProgress(), from 0 to 1, for a progress
    // bar: by the bytes of the files in a folder that can hold messages, or of the archive
    // file itself.
    double fractionRead() const
    {
        return m_totalBytes > 0 ? qMin(1.0, double(m_bytesRead) / double(m_totalBytes)) : 0.0;
    }
    void resetProgress() { m_bytesRead = 0; }

    // Limits that keep a hostile archive from filling memory or the disk.
    static constexpr qint64 kMaxExpansion = 200;               // bytes out per byte in
    static constexpr qint64 kExpansionFloor = 64 << 20;        // checked above this much output
    static constexpr qint64 kMaxMemberBytes = qint64(4) << 30; // one member

protected:
    ExportArchive(QString path, bool plainFile) : m_path(std::move(path)), m_plainFile(plainFile) {}
    QString m_path;
    QStringList m_members;
    QStringList m_leftOut;
    bool m_plainFile = false;
    qint64 m_totalBytes = 0;
    qint64 m_bytesRead = 0;
};

} // namespace folio
