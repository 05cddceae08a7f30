#include "mainwindow/WindowApp.h"

#include "common/MessageBox.h"
#include "common/Theme.h"
#include "core/Settings.h"
#include "core/Translations.h"
#include "core/Version.h"
#include "mainwindow/InstanceChannel.h"
#include "mainwindow/MainWindow.h"
#include "store/StoreError.h"
#include "store/WikiFile.h"
#include "web/FolioScheme.h"
#include "web/WebPageCapturer.h"
#include "web/WebProfile.h"
#include "wiki/Wiki.h"

#include <QApplication>
#include <QFileInfo>
#include <QTextStream>

#include <unistd.h>

namespace folio::WindowApp {

namespace {

// Without a display, Qt aborts with a message about reinstalling the application; say what
// is true instead, and how to use Folio there.
bool hasDisplay(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "-platform") == 0)
            return true;
    }
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

// A line on standard error in the user's language (`text` marked with QT_TRANSLATE_NOOP).
void tell(const char* text)
{
    QTextStream(stderr) << QCoreApplication::translate("folio::WindowApp", text) << '\n';
}

} // namespace

namespace {

// Before the application object: what WebEngine reads when it starts.
void prepareWebEngine()
{
    // Chromium refuses to start as root with its sandbox on; root has no sandbox to lose.
    if (geteuid() == 0 && !qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    FolioScheme::registerScheme();
    WebPageCapturer::prepareEngine();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
}

} // namespace

std::unique_ptr<QCoreApplication> headlessApplication(int& argc, char** argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // A command's output is its own: the engine's notes about graphics, sandbox and runtime
    // folders go only where someone asked for Qt's logs.
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        qInstallMessageHandler(
            [](QtMsgType type, const QMessageLogContext& context, const QString& message) {
                const bool ours = context.category && qstrncmp(context.category, "folio", 5) == 0;
                if (ours || type == QtCriticalMsg || type == QtFatalMsg)
                    QTextStream(stderr) << message << '\n';
            });
    prepareWebEngine();
    auto app = std::make_unique<QApplication>(argc, argv);
    QApplication::setApplicationName(QStringLiteral("folio"));
    return app;
}

std::unique_ptr<PageCapturer> makeCapturer()
{
    return std::make_unique<WebPageCapturer>();
}

int run(int& argc, char** argv, const QString& wikiPath, const QString& pageTitle)
{
    if (!hasDisplay(argc, argv)) {
        tell(QT_TRANSLATE_NOOP("folio::WindowApp",
                               "folio: there is no display for Folio's window (neither "
                               "DISPLAY nor WAYLAND_DISPLAY is set). Commands work without "
                               "one: see “folio --help”."));
        return 1;
    }
    prepareWebEngine();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("folio"));
    QApplication::setApplicationDisplayName(QLatin1String(kApplicationName));
    QApplication::setApplicationVersion(QLatin1String(kVersion));
    QApplication::setDesktopFileName(QLatin1String(kDesktopId));
    const std::unique_ptr<Settings> settings = Settings::forUser();
    Translations::install(app, settings->value(Settings::Key::Language).toString());
    Theme::apply(Theme::fromKey(settings->value(Settings::Key::Theme).toString()));
    // A page link names no wiki: it opens in the wiki used last, where it was most likely
    // copied (a link shared by someone else names a page of the wiki the team shares).
    QString path = wikiPath;
    if (path.isEmpty() && !pageTitle.isEmpty()) {
        const QStringList recent = settings->value(Settings::Key::RecentWikis).toStringList();
        if (!recent.isEmpty() && QFileInfo(recent.first()).isFile())
            path = recent.first();
    }
    const bool isDefault = path.isEmpty();
    if (isDefault)
        path = WikiFile::defaultPath();
    // A Folio open on this wiki shows the page instead: one window per wiki.
    InstanceChannel channel;
    switch (channel.start(path, pageTitle)) {
    case InstanceChannel::Start::HandedOver:
        return 0;
    case InstanceChannel::Start::Alone:
        tell(QT_TRANSLATE_NOOP("folio::WindowApp",
                               "folio: later starts on this wiki will open windows of their "
                               "own (no local socket could be made)"));
        break;
    case InstanceChannel::Start::Unanswered:
        tell(QT_TRANSLATE_NOOP("folio::WindowApp",
                               "folio: a Folio already open on this wiki does not answer; "
                               "this window opens it too"));
        break;
    case InstanceChannel::Start::Listening:
        break;
    }
    WikiFile::Options options;
    options.createFolders = isDefault; // a mistyped folder is reported, not made
    std::unique_ptr<Wiki> wiki;
    try {
        wiki = Wiki::open(path, options);
    } catch (const StoreError& error) {
        QTextStream(stderr) << error.message() << '\n';
        channel.close(); // a start meanwhile opens its own window
        MessageBox::critical(nullptr,
                             QApplication::translate("folio::WindowApp", "Cannot Open Wiki"),
                             error.message());
        return 1;
    }
    WebProfile profile;
    MainWindow window(profile, *settings, std::move(wiki));
    QObject::connect(&channel, &InstanceChannel::pageRequested, &window,
                     &MainWindow::openRequestedPage);
    QObject::connect(&window, &MainWindow::wikiOpened, &channel, &InstanceChannel::moveTo);
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &channel, &InstanceChannel::close);
    channel.deliver();
    window.show();
    if (!pageTitle.isEmpty())
        window.openPage(pageTitle);
    return QApplication::exec();
}

} // namespace folio::WindowApp
