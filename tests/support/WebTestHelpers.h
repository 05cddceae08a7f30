#pragma once

#include <QSignalSpy>
#include <QTest>
#include <QVariant>
#include <QWebEnginePage>
#include <QWebEngineScript>

namespace folio::test {

// Evaluates JavaScript in Folio's own isolated world: it reads the page's DOM even though
// the page itself may run no script, and the page cannot see or change it.
inline QVariant evaluate(QWebEnginePage* page, const QString& script)
{
    QVariant result;
    bool done = false;
    page->runJavaScript(script, QWebEngineScript::ApplicationWorld, [&](const QVariant& value) {
        result = value;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("script did not answer: %s", qPrintable(script));
    return result;
}

// Waits for a load that was started by the caller to finish; true when it succeeded.
inline bool waitForLoad(QSignalSpy& spy, int timeout = 15000)
{
    if (spy.isEmpty() && !spy.wait(timeout))
        return false;
    const bool ok = spy.takeFirst().value(0).toBool();
    return ok;
}

} // namespace folio::test
