#include "cli/PageCommand.h"

#include "cli/Cli.h"
#include "cli/Console.h"
#include "cli/TerminalProgress.h"
#include "core/Identity.h"
#include "core/TextInput.h"
#include "importers/MarkdownFolder.h"
#include "importers/MarkdownFolderImporter.h"
#include "markdown/MarkdownRenderer.h"
#include "store/PageTags.h"
#include "store/PageTitle.h"
#include "wiki/Wiki.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace folio {
namespace {

// Parses a verb's own options; `positional` is how many arguments it takes.
bool parseVerb(QCommandLineParser& parser, const QStringList& arguments, int positional,
               QString* error)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("folio")} + arguments)) {
        *error = parser.errorText();
        return false;
    }
    // The verb itself is the first positional argument.
    if (parser.positionalArguments().size() != positional + 1) {
        *error = QCoreApplication::translate("folio::PageCommand", "Wrong number of arguments.");
        return false;
    }
    return true;
}

QString isoTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

PageCommand::PageCommand(WikiAccess wiki, const Console& console)
    : m_wiki(std::move(wiki)), m_console(console), m_out(console.out), m_err(console.err),
      m_in(console.in)
{
}

int PageCommand::run(const QStringList& arguments)
{
    const QString verb = arguments.value(0);
    if (verb == QLatin1String("list"))
        return list(arguments);
    if (verb == QLatin1String("show"))
        return show(arguments);
    if (verb == QLatin1String("write"))
        return write(arguments);
    if (verb == QLatin1String("history"))
        return history(arguments);
    if (verb == QLatin1String("import"))
        return import(arguments);
    return usageError(verb.isEmpty()
                          ? tr("“page” needs a command: list, show, write, history or import.")
                          : tr("Unknown page command “%1”.").arg(verb));
}

int PageCommand::usageError(const QString& message)
{
    m_err << m_console.forErr(tr("folio: %1 Try “folio --help”.").arg(message)) << '\n';
    return Cli::Usage;
}

int PageCommand::list(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOption(json);
    QString error;
    if (!parseVerb(parser, arguments, 0, &error))
        return usageError(error);

    const QList<PageSummary> pages = m_wiki().pages().list();
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const PageSummary& page : pages) {
            array.append(QJsonObject{{QStringLiteral("title"), page.title},
                                     {QStringLiteral("kind"), PageKinds::key(page.kind)},
                                     {QStringLiteral("updated"), isoTime(page.updatedAt)}});
        }
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Cli::Success;
    }
    for (const PageSummary& page : pages)
        m_out << qSetFieldWidth(15) << Qt::left << PageKinds::key(page.kind) << qSetFieldWidth(0)
              << m_console.forOut(page.title) << '\n';
    return Cli::Success;
}

int PageCommand::show(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption html(QStringLiteral("html"));
    parser.addOption(html);
    QString error;
    if (!parseVerb(parser, arguments, 1, &error))
        return usageError(error);
    const QString title = parser.positionalArguments().at(1);
    const std::optional<Page> page = m_wiki().pages().find(title);
    if (!page) {
        m_err << m_console.forErr(tr("folio: there is no page titled “%1”.").arg(title)) << '\n';
        return Cli::Failure;
    }
    if (parser.isSet(html)) {
        MarkdownRenderer renderer;
        renderer.setPageExists(m_wiki().pages().existenceCheck());
        m_out << m_console.forOut(renderer.toHtml(page->content.body));
    } else {
        m_out << m_console.forOut(page->content.body);
        if (!page->content.body.endsWith(u'\n'))
            m_out << '\n';
    }
    return Cli::Success;
}

int PageCommand::write(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption file(QStringLiteral("file"), {}, QStringLiteral("F"));
    const QCommandLineOption kind(QStringLiteral("kind"), {}, QStringLiteral("K"));
    const QCommandLineOption tags(QStringLiteral("tags"), {}, QStringLiteral("T"));
    const QCommandLineOption empty(QStringLiteral("empty"));
    parser.addOptions({file, kind, tags, empty});
    QString error;
    if (!parseVerb(parser, arguments, 1, &error))
        return usageError(error);
    if (parser.isSet(file) && parser.value(file).isEmpty())
        return usageError(tr("--file needs the path of a file; leave it out to read standard "
                             "input."));

    // Everything that can be checked without the wiki is checked first: a command that fails
    // on its arguments or its input does not create a wiki.
    const QString title = PageTitle::normalized(parser.positionalArguments().at(1));
    if (const QString problem = PageTitle::problem(title); !problem.isEmpty()) {
        m_err << m_console.forErr(tr("folio: %1").arg(problem)) << '\n';
        return Cli::Failure;
    }
    std::optional<PageKind> newKind;
    if (parser.isSet(kind)) {
        newKind = PageKinds::fromKey(parser.value(kind));
        if (!newKind)
            return usageError(
                tr("Unknown kind “%1”; use one of: %2.")
                    .arg(parser.value(kind), PageKinds::keys().join(QLatin1String(", "))));
    }
    if (!parser.isSet(file) && m_console.inIsTerminal)
        m_err << tr("Type the text of “%1”, then press Ctrl+D on a line of its own.").arg(title)
              << '\n';
    const std::optional<QString> body =
        readBody(parser.isSet(file) ? parser.value(file) : QString());
    if (!body)
        return Cli::Failure;

    PageContent content;
    const std::optional<Page> existing = m_wiki().pages().find(title);
    if (existing)
        content = existing->content;
    content.title = existing ? existing->content.title : title;
    if (newKind)
        content.kind = *newKind;
    if (parser.isSet(tags))
        content.tags = PageTags::parse(parser.value(tags));
    // An empty input is more often a mistake (a wrong file, a closed pipe) than a wish to
    // blank a page: that takes --empty.
    if (body->trimmed().isEmpty() && existing && !existing->content.body.trimmed().isEmpty() &&
        !parser.isSet(empty)) {
        m_err << m_console.forErr(tr("folio: the input is empty, so “%1” keeps its text. To "
                                     "empty the page, add --empty.")
                                      .arg(content.title))
              << '\n';
        return Cli::Failure;
    }
    content.body = *body;

    switch (m_wiki().pages().write(content, Identity::currentAuthor())) {
    case PageStore::WriteResult::Created:
        m_err << m_console.forErr(tr("Created “%1”.").arg(content.title)) << '\n';
        break;
    case PageStore::WriteResult::Updated:
        m_err << m_console.forErr(tr("Saved a new revision of “%1”.").arg(content.title)) << '\n';
        break;
    case PageStore::WriteResult::Unchanged:
        m_err << m_console.forErr(tr("“%1” is unchanged.").arg(content.title)) << '\n';
        break;
    }
    return Cli::Success;
}

std::optional<QString> PageCommand::readBody(const QString& path)
{
    QFile input(path);
    QIODevice* source = &m_in;
    const QString name = path.isEmpty() ? tr("standard input") : QStringLiteral("“%1”").arg(path);
    if (!path.isEmpty()) {
        // A directory "opens" but reads nothing; say what it is instead.
        if (QFileInfo(path).isDir()) {
            m_err << m_console.forErr(tr("folio: %1 is a folder, not a file.").arg(name)) << '\n';
            return std::nullopt;
        }
        if (!input.open(QIODevice::ReadOnly)) {
            m_err << m_console.forErr(
                         tr("folio: cannot read %1: %2").arg(name, input.errorString()))
                  << '\n';
            return std::nullopt;
        }
        source = &input;
    }
    // /dev/zero or an endless pipe stop at the limit instead of filling the memory.
    const TextInput::Read read = TextInput::readAtMost(*source, PageStore::kMaxBodyBytes);
    if (read.tooLarge) {
        m_err << m_console.forErr(tr("folio: %1 holds more than the %2 MiB a page can hold; "
                                     "nothing was written.")
                                      .arg(name)
                                      .arg(PageStore::kMaxBodyBytes >> 20))
              << '\n';
        return std::nullopt;
    }
    if (!read.error.isEmpty()) {
        m_err << m_console.forErr(tr("folio: cannot read %1: %2").arg(name, read.error)) << '\n';
        return std::nullopt;
    }
    const TextInput::Decoded text = TextInput::decode(read.bytes);
    if (TextInput::looksBinary(text.text)) {
        m_err << m_console.forErr(tr("folio: %1 holds NUL bytes: it is not text (a binary file, "
                                     "or UTF-16 without a byte order mark).")
                                      .arg(name))
              << '\n';
        return std::nullopt;
    }
    if (text.text.toUtf8().size() > PageStore::kMaxBodyBytes) {
        m_err << m_console.forErr(tr("folio: %1 holds more than the %2 MiB a page can hold once "
                                     "its bytes that are not UTF-8 are replaced; nothing was "
                                     "written.")
                                      .arg(name)
                                      .arg(PageStore::kMaxBodyBytes >> 20))
              << '\n';
        return std::nullopt;
    }
    if (text.invalidLine > 0)
        m_err << m_console.forErr(tr("folio: line %1 of %2 has bytes that are not UTF-8; they "
                                     "were replaced with “\uFFFD”.")
                                      .arg(text.invalidLine)
                                      .arg(name))
              << '\n';
    return text.text;
}

int PageCommand::history(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOption(json);
    QString error;
    if (!parseVerb(parser, arguments, 1, &error))
        return usageError(error);
    const QString title = parser.positionalArguments().at(1);
    const std::optional<Page> page = m_wiki().pages().find(title);
    if (!page) {
        m_err << m_console.forErr(tr("folio: there is no page titled “%1”.").arg(title)) << '\n';
        return Cli::Failure;
    }
    const QList<Revision> revisions = m_wiki().pages().history(page->id);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Revision& revision : revisions) {
            array.append(
                QJsonObject{{QStringLiteral("revision"), revision.id},
                            {QStringLiteral("parent"),
                             revision.parentId ? QJsonValue(*revision.parentId) : QJsonValue()},
                            {QStringLiteral("author"), revision.author},
                            {QStringLiteral("time"), isoTime(revision.createdAt)},
                            {QStringLiteral("title"), revision.content.title},
                            {QStringLiteral("sha256"), revision.contentHash}});
        }
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Cli::Success;
    }
    for (const Revision& revision : revisions)
        m_out << revision.id << '\t' << isoTime(revision.createdAt) << '\t'
              << m_console.forOut(revision.author) << '\t' << revision.contentHash.left(12) << '\t'
              << m_console.forOut(revision.content.title) << '\n';
    return Cli::Success;
}

int PageCommand::import(const QStringList& arguments)
{
    QCommandLineParser parser;
    QString error;
    if (!parseVerb(parser, arguments, 1, &error))
        return usageError(error);

    QElapsedTimer timer;
    timer.start();
    TerminalProgress progress(m_err);
    const QString folder = parser.positionalArguments().at(1);
    const MarkdownFolder found = MarkdownFolder::list(folder); // before the wiki is opened
    MarkdownFolderImporter importer(m_wiki().pages());
    const auto result =
        importer.import(found, folder, Identity::currentAuthor(),
                        [&](int done, int total) { progress.show(tr("Importing"), done, total); });
    progress.finish();
    for (const QString& skipped : result.skipped)
        m_err << m_console.forErr(tr("skipped %1").arg(skipped)) << '\n';
    for (const QString& altered : result.altered)
        m_err << m_console.forErr(tr("changed %1").arg(altered)) << '\n';
    for (const QString& kept : result.keptEdits)
        m_err << m_console.forErr(tr("kept %1: its page was edited in Folio since the last "
                                     "import, so the file's new text was not imported")
                                      .arg(kept))
              << '\n';
    for (const QString& deleted : result.deletedPages)
        m_err << m_console.forErr(tr("kept %1: its page was deleted in Folio, so it was not "
                                     "imported again")
                                      .arg(deleted))
              << '\n';
    const PageStore::BulkResult& pages = result.pages;
    m_err << tr("Imported %n file(s) in %1 s: %2 new, %3 updated, %4 unchanged.", nullptr,
                pages.created + pages.updated + pages.unchanged)
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                 .arg(pages.created)
                 .arg(pages.updated)
                 .arg(pages.unchanged)
          << '\n';
    if (!result.skipped.isEmpty() || !result.altered.isEmpty() || pages.kept > 0)
        m_err << tr("%1 skipped, %2 changed, %3 kept, as listed above.")
                     .arg(result.skipped.size())
                     .arg(result.altered.size())
                     .arg(pages.kept)
              << '\n';
    return Cli::Success;
}

} // namespace folio
