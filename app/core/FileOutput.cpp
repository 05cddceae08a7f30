#include "core/FileOutput.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace folio::FileOutput {
namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(folio::FileOutput)
};

} // namespace

QString write(const QString& path, const QByteArray& data)
{
    const QFileInfo info(path);
    if (info.isDir())
        return Messages::tr("“%1” is a folder; choose a file name.").arg(path);
    // A device or a pipe would be replaced by a file rather than written to.
    if (info.exists() && !info.isFile())
        return Messages::tr("“%1” is not a regular file; choose another name.").arg(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Messages::tr("Could not write “%1”: %2").arg(path, file.errorString());
    if (file.write(data) != data.size() || !file.commit())
        return Messages::tr("Could not write “%1”: %2").arg(path, file.errorString());
    return {};
}

} // namespace folio::FileOutput
