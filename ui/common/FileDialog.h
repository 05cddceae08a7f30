#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace folio {

// QFileDialog behind a seam, like MessageBox.
class FileDialog
{
public:
    // The path chosen, or empty when cancelled. `suggested` is the folder and name offered.
    static QString getSaveFileName(QWidget* parent, const QString& caption,
                                   const QString& suggested);
    static QString getOpenFileName(QWidget* parent, const QString& caption, const QString& folder,
                                   const QString& filter);
    static QString getExistingDirectory(QWidget* parent, const QString& caption,
                                        const QString& folder);
    // The next dialog returns this (an empty path: as if cancelled) without showing anything.
    static void setNextPath(const QString& path);
};

} // namespace folio
