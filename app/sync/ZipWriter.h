#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSaveFile>
#include <QString>

#include <memory>

struct archive;

namespace folio {

// A zip file written entry by entry with libarchive into a temporary file beside `path`,
// which takes `path`'s place only on commit(): until then nobody sees a partial file.
// Throws BundleError naming the file when a write fails (a full disk, say).
class ZipWriter
{
    Q_DECLARE_TR_FUNCTIONS(folio::ZipWriter)

public:
    explicit ZipWriter(const QString& path);
    ~ZipWriter();
    ZipWriter(const ZipWriter&) = delete;
    ZipWriter& operator=(const ZipWriter&) = delete;

    void add(const QString& name, const QByteArray& data);
    void commit();

private:
    [[noreturn]] void fail(const QString& reason);

    QString m_path;
    QSaveFile m_file;
    archive* m_archive = nullptr;
    qint64 m_time = 0;
};

} // namespace folio
