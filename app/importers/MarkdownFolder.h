#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace folio {

// The Markdown files under a folder, found with the operating system's own calls so that
// nothing is left out silently: names that are not UTF-8, unreadable folders, devices, pipes,
// broken or looping links are all listed, the unusable ones with a reason.
class MarkdownFolder
{
    Q_DECLARE_TR_FUNCTIONS(folio::MarkdownFolder)

public:
    struct File
    {
        QByteArray path;         // as the operating system names it, to open it
        QByteArray relativePath; // the same, relative to the folder
        QString relative;        // as shown to the user, relative to the folder
        bool nameIsUtf8 = true;
        qint64 size = 0;
    };

    static bool isMarkdownName(const QByteArray& name);
    // Lists the folder; throws StoreError when the folder itself cannot be read.
    static MarkdownFolder list(const QString& folder);

    QList<File> files;   // regular files (or links to them), in name order
    QStringList skipped; // "name: reason"

private:
    void walk(const QByteArray& path, const QByteArray& relative);
    void addEntry(const QByteArray& path, const QByteArray& relative);
};

} // namespace folio
