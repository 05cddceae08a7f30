#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace folio::test {

struct ProcessResult
{
    int code = -1;
    QString out;
    QString err;
};

// Runs the real `folio` executable (FOLIO_EXECUTABLE) as a user or a script would: with no
// display at all, since the command line must never need one.
inline ProcessResult runFolio(const QStringList& arguments, const QByteArray& input = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.insert(QStringLiteral("FOLIO_AUTHOR"), QStringLiteral("cli-tester"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(FOLIO_EXECUTABLE), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace folio::test
