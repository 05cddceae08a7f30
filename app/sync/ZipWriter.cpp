#include "sync/ZipWriter.h"

#include "sync/BundleError.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>

namespace folio {

ZipWriter::ZipWriter(const QString& path)
    : m_path(path), m_file(path), m_time(QDateTime::currentSecsSinceEpoch())
{
    const QFileInfo info(path);
    if (info.isDir())
        fail(tr("it is a folder"));
    if (info.exists() && !info.isFile())
        fail(tr("it is not a regular file"));
    if (!m_file.open(QIODevice::WriteOnly))
        fail(m_file.errorString());
    m_archive = archive_write_new();
    // No padding after the end of the zip: other tools must read it as they find it.
    if (!m_archive || archive_write_set_format_zip(m_archive) != ARCHIVE_OK ||
        archive_write_set_bytes_in_last_block(m_archive, 1) != ARCHIVE_OK ||
        // Deflate's fastest level: most of a bundle is text, which it still halves, at a
        // fraction of the default level's time (the export benchmark).
        archive_write_set_options(m_archive, "zip:compression-level=1") != ARCHIVE_OK ||
        archive_write_open_fd(m_archive, m_file.handle()) != ARCHIVE_OK)
        fail(m_archive ? QString::fromLocal8Bit(archive_error_string(m_archive))
                       : tr("out of memory"));
}

ZipWriter::~ZipWriter()
{
    if (m_archive)
        archive_write_free(m_archive); // unless committed, the temporary file goes with m_file
}

void ZipWriter::fail(const QString& reason)
{
    throw BundleError(tr("Could not write “%1”: %2").arg(QDir::toNativeSeparators(m_path), reason));
}

void ZipWriter::add(const QString& name, const QByteArray& data)
{
    std::unique_ptr<archive_entry, decltype(&archive_entry_free)> entry(archive_entry_new(),
                                                                        archive_entry_free);
    archive_entry_set_pathname_utf8(entry.get(), name.toUtf8().constData());
    archive_entry_set_size(entry.get(), data.size());
    archive_entry_set_filetype(entry.get(), AE_IFREG);
    archive_entry_set_perm(entry.get(), 0644);
    archive_entry_set_mtime(entry.get(), m_time, 0);
    if (archive_write_header(m_archive, entry.get()) != ARCHIVE_OK)
        fail(QString::fromLocal8Bit(archive_error_string(m_archive)));
    if (!data.isEmpty() && archive_write_data(m_archive, data.constData(), size_t(data.size())) !=
                               la_ssize_t(data.size()))
        fail(QString::fromLocal8Bit(archive_error_string(m_archive)));
}

void ZipWriter::commit()
{
    const bool closed = archive_write_close(m_archive) == ARCHIVE_OK;
    const QString error =
        closed ? QString() : QString::fromLocal8Bit(archive_error_string(m_archive));
    archive_write_free(m_archive);
    m_archive = nullptr;
    if (!closed)
        fail(error);
    if (!m_file.commit())
        fail(m_file.errorString());
}

} // namespace folio
