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

// The title of the wiki page a view shows, once it and its style sheet have finished
// loading; empty until then.
inline QString shownPageTitle(QWebEnginePage* page)
{
    return evaluate(page, QStringLiteral("document.readyState === 'complete' ? "
                                         "document.querySelector('h1.page-title').textContent "
                                         ": ''"))
        .toString();
}

// Waits until the view shows the wiki page titled `title`.
inline bool waitUntilPageShown(QWebEnginePage* page, const QString& title)
{
    return QTest::qWaitFor([&] { return shownPageTitle(page) == title; }, 15000);
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
