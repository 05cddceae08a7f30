#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QString>

namespace folio::test {

inline QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline void writeFile(const QString& path, const QByteArray& data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(data);
}

// A fingerprint of a file's bytes, to prove something left it untouched.
inline QByteArray fingerprint(const QString& path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256);
}

// The shared fixtures folder beside the checkout, or empty where it is absent (fresh clones).
inline QString sharedFixture(const QString& relative)
{
    const QString path =
        qEnvironmentVariable("FOLIO_SHARED_DIR") + QLatin1String("/fixtures/") + relative;
    return QFile::exists(path) ? path : QString();
}

} // namespace folio::test
