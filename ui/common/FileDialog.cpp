#include "common/FileDialog.h"

#include <QFileDialog>
#include <QList>

namespace folio {
namespace {

QStringList& queuedPaths()
{
    static QStringList paths;
    return paths;
}

} // namespace

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption,
                                    const QString& suggested)
{
    if (!queuedPaths().isEmpty())
        return queuedPaths().takeFirst();
    return QFileDialog::getSaveFileName(parent, caption, suggested);
}

void FileDialog::setNextPath(const QString& path)
{
    queuedPaths().append(path);
}

} // namespace folio
