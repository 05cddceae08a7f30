#include "authoring/AttachmentFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace folio;

// What may be attached, and what the writer is told when it may not.
class TestAttachmentFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aFileIsReadWithItsType();
    void aFileOverTheLimitIsRefusedUnread();
    void specialFilesAreRefused();
    void aMissingFileSaysSo();
    void pastedBytesAreTypedByContent();

private:
    QString write(const QString& name, const QByteArray& data)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QTemporaryDir m_dir;
};

void TestAttachmentFile::aFileIsReadWithItsType()
{
    const AttachmentFile file =
        AttachmentFile::read(write(QStringLiteral("notes.txt"), "hello\n"), 1000);
    QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
    QCOMPARE(file.name, QStringLiteral("notes.txt"));
    QCOMPARE(file.data, QByteArray("hello\n"));
    QCOMPARE(file.mimeType, QStringLiteral("text/plain"));
    QVERIFY(!file.isImage());
}

void TestAttachmentFile::aFileOverTheLimitIsRefusedUnread()
{
    const AttachmentFile file =
        AttachmentFile::read(write(QStringLiteral("big.bin"), QByteArray(5000, 'x')), 1000);
    QVERIFY(file.data.isEmpty());
    QVERIFY2(file.error.contains(QStringLiteral("“big.bin” is 5.0 kB")), qPrintable(file.error));
    QVERIFY(file.error.contains(QLatin1String("at most 1.0 kB")));
    QVERIFY(file.error.contains(QLatin1String("maxMB")));
}

void TestAttachmentFile::specialFilesAreRefused()
{
    const QString fifo = m_dir.filePath(QStringLiteral("pipe"));
    QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    // Opening a FIFO for reading would wait for a writer forever: it is never opened.
    for (const QString& path : {fifo, QStringLiteral("/dev/zero"), m_dir.path()}) {
        const AttachmentFile file = AttachmentFile::read(path, 1000);
        QVERIFY2(file.error.contains(QLatin1String("not a regular file")), qPrintable(file.error));
    }
}

void TestAttachmentFile::aMissingFileSaysSo()
{
    const AttachmentFile file = AttachmentFile::read(m_dir.filePath(QStringLiteral("no")), 1000);
    QVERIFY(file.error.contains(QLatin1String("does not exist")));
}

void TestAttachmentFile::pastedBytesAreTypedByContent()
{
    const QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    const AttachmentFile image = AttachmentFile::fromBytes(QStringLiteral("p.png"), png, 1000);
    QCOMPARE(image.mimeType, QStringLiteral("image/png"));
    QVERIFY(image.isImage());
    QVERIFY(AttachmentFile::fromBytes(QStringLiteral("p.png"), png, 10)
                .error.contains(QLatin1String("at most")));
}

QTEST_GUILESS_MAIN(TestAttachmentFile)
#include "TestAttachmentFile.moc"
