#pragma once

#include <QDir>
#include <QEventLoop>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTimer>

#include <functional>

namespace folio::test {

struct ProcessResult
{
    int code = -1;
    QString out;
    QString err;
};

// Runs the real `folio` executable (FOLIO_EXECUTABLE) as a user or a script would: with no
// display at all, since the command line must never need one.
// The event loop runs while it waits, so a server in the test process can answer it.
inline ProcessResult runFolio(const QStringList& arguments, const QByteArray& input = {},
                              const QProcessEnvironment& extra = {},
                              const std::function<void(QProcess&)>& whileRunning = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(extra);
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.insert(QStringLiteral("FOLIO_AUTHOR"), QStringLiteral("cli-tester"));
    // Never the settings of the person running the tests (an author name, an archive policy).
    if (!extra.contains(QStringLiteral("XDG_CONFIG_HOME")))
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           QDir::temp().filePath(QStringLiteral("folio-test-no-settings")));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(FOLIO_EXECUTABLE), arguments);
    process.write(input);
    process.closeWriteChannel();
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(90000, &loop, &QEventLoop::quit);
    if (whileRunning)
        QTimer::singleShot(0, &loop, [&] { whileRunning(process); });
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace folio::test
