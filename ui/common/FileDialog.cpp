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

QString FileDialog::getOpenFileName(QWidget* parent, const QString& caption, const QString& folder,
                                    const QString& filter)
{
    if (!queuedPaths().isEmpty())
        return queuedPaths().takeFirst();
    return QFileDialog::getOpenFileName(parent, caption, folder, filter);
}

QString FileDialog::getExistingDirectory(QWidget* parent, const QString& caption,
                                         const QString& folder)
{
    if (!queuedPaths().isEmpty())
        return queuedPaths().takeFirst();
    return QFileDialog::getExistingDirectory(parent, caption, folder);
}

void FileDialog::setNextPath(const QString& path)
{
    queuedPaths().append(path);
}

} // namespace folio
