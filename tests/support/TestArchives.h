#pragma once

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QList>
#include <QString>

#include <archive.h>
#include <archive_entry.h>
#include <functional>
#include <vector>

namespace folio::test {

// One entry of an archive a test builds: a file, or a symlink when `linkTarget` is set.
struct ArchiveEntry
{
    QByteArray name; // raw bytes: tests write names that are not UTF-8
    QByteArray data;
    QByteArray linkTarget;
    qint64 zeros = 0; // this many zero bytes instead of `data`, written without holding them
};

// Writes a zip (or, with `tar`, a gzipped tar) holding `entries`, with libarchive.
inline bool writeArchive(const QString& path, const std::vector<ArchiveEntry>& entries,
                         bool tar = false)
{
    archive* a = archive_write_new();
    if (tar) {
        archive_write_set_format_pax_restricted(a);
        archive_write_add_filter_gzip(a);
    } else {
        archive_write_set_format_zip(a);
    }
    if (archive_write_open_filename(a, QFile::encodeName(path).constData()) != ARCHIVE_OK) {
        archive_write_free(a);
        return false;
    }
    for (const ArchiveEntry& item : entries) {
        archive_entry* entry = archive_entry_new();
        archive_entry_copy_pathname(entry, item.name.constData());
        archive_entry_set_perm(entry, 0644);
        if (!item.linkTarget.isEmpty()) {
            archive_entry_set_filetype(entry, AE_IFLNK);
            archive_entry_copy_symlink(entry, item.linkTarget.constData());
            archive_entry_set_size(entry, 0);
            archive_write_header(a, entry);
        } else {
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_set_size(entry, item.zeros ? item.zeros : item.data.size());
            archive_write_header(a, entry);
            if (item.zeros) {
                const QByteArray block(1 << 20, '\0');
                for (qint64 left = item.zeros; left > 0; left -= block.size())
                    archive_write_data(a, block.constData(),
                                       size_t(qMin<qint64>(left, block.size())));
            } else {
                archive_write_data(a, item.data.constData(), size_t(item.data.size()));
            }
        }
        archive_entry_free(entry);
    }
    const bool ok = archive_write_close(a) == ARCHIVE_OK;
    archive_write_free(a);
    return ok;
}

// Every entry of a zip or tar, by name, in the archive's order (a name twice: the last wins,
// and `order` lists it twice).
struct ReadArchive
{
    bool ok = false;
    QList<QString> order;
    QHash<QString, QByteArray> entries;
};

inline ReadArchive readArchive(const QString& path)
{
    ReadArchive result;
    archive* a = archive_read_new();
    archive_read_support_format_zip(a);
    archive_read_support_format_tar(a);
    archive_read_support_filter_all(a);
    if (archive_read_open_filename(a, QFile::encodeName(path).constData(), 1 << 16) != ARCHIVE_OK) {
        archive_read_free(a);
        return result;
    }
    archive_entry* entry = nullptr;
    int status = ARCHIVE_OK;
    while ((status = archive_read_next_header(a, &entry)) == ARCHIVE_OK) {
        const QString name = QString::fromUtf8(archive_entry_pathname(entry));
        QByteArray data;
        char buffer[1 << 16];
        la_ssize_t got = 0;
        while ((got = archive_read_data(a, buffer, sizeof buffer)) > 0)
            data.append(buffer, qsizetype(got));
        if (got < 0)
            break;
        result.order.append(name);
        result.entries.insert(name, data);
    }
    result.ok = status == ARCHIVE_EOF;
    archive_read_free(a);
    return result;
}

} // namespace folio::test
