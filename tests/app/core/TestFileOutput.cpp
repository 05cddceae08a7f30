#include "core/FileOutput.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace folio;

class TestFileOutput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesAndReplacesWholeFiles();
    void namesTheFileThatCannotBeWritten();

private:
    static QByteArray contents(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
    }
};

void TestFileOutput::writesAndReplacesWholeFiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("manual.pdf"));
    QCOMPARE(FileOutput::write(path, "first"), QString());
    QCOMPARE(contents(path), QByteArray("first"));
    QCOMPARE(FileOutput::write(path, "second, longer"), QString());
    QCOMPARE(contents(path), QByteArray("second, longer"));
    // Nothing is left beside it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("manual.pdf")});
}

void TestFileOutput::namesTheFileThatCannotBeWritten()
{
    QTemporaryDir dir;
    const QString inMissingFolder = dir.filePath(QStringLiteral("no/such/folder/a.txt"));
    const QString error = FileOutput::write(inMissingFolder, "x");
    QVERIFY2(error.contains(inMissingFolder), qPrintable(error));
    QVERIFY(!QFile::exists(inMissingFolder));

    const QString folderError = FileOutput::write(dir.path(), "x");
    QVERIFY2(folderError.contains(QLatin1String("folder")), qPrintable(folderError));
    QVERIFY(QFileInfo(dir.path()).isDir());

    // Special files are neither written to nor replaced.
    const QString fifo = dir.filePath(QStringLiteral("pipe"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString fifoError = FileOutput::write(fifo, "x");
    QVERIFY2(fifoError.contains(fifo), qPrintable(fifoError));
    QVERIFY(QFileInfo(fifo).exists() && !QFileInfo(fifo).isFile());
    QVERIFY(!FileOutput::write(QStringLiteral("/dev/null"), "x").isEmpty());
}

QTEST_GUILESS_MAIN(TestFileOutput)
#include "TestFileOutput.moc"
