#include "cli/PageCommand.h"

#include "authoring/AttachmentFile.h"
#include "authoring/PageRename.h"
#include "authoring/TextDiff.h"
#include "cli/Cli.h"
#include "cli/CommandArguments.h"
#include "cli/Console.h"
#include "cli/TerminalProgress.h"
#include "core/TextInput.h"
#include "importers/MarkdownFolder.h"
#include "importers/MarkdownFolderImporter.h"
#include "markdown/MarkdownRenderer.h"
#include "store/AttachmentStore.h"
#include "store/PageStore.h"
#include "store/PageTags.h"
#include "store/PageTitle.h"
#include "store/Transaction.h"
#include "wiki/Wiki.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace folio {
namespace {

// Parses a verb's own options; it takes from `fewest` to `most` arguments.
bool parseVerb(QCommandLineParser& parser, const QStringList& arguments, int fewest, int most,
               QString* error)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("folio")} + arguments)) {
        *error = parser.errorText();
        return false;
    }
    // The verb itself is the first positional argument.
    const qsizetype given = parser.positionalArguments().size() - 1;
    if (given < fewest || given > most) {
        *error = QCoreApplication::translate("folio::PageCommand", "Wrong number of arguments.");
        return false;
    }
    return true;
}

bool parseVerb(QCommandLineParser& parser, const QStringList& arguments, int positional,
               QString* error)
{
    return parseVerb(parser, arguments, positional, positional, error);
}

// --author NAME, which every verb that writes takes (read by PageCommand::author()).
void addAuthorOption(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("author"), {}, QStringLiteral("NAME")});
}

// A title as a shell reads it back as one argument.
QString shellQuoted(const QString& text)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_./-]+$"));
    if (safe.match(text).hasMatch())
        return text;
    QString quoted = text;
    return u'\'' + quoted.replace(u'\'', QLatin1String("'\\''")) + u'\'';
}

QString isoTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

PageCommand::PageCommand(WikiAccess wiki, const Console& console, QString author)
    : m_wiki(std::move(wiki)), m_console(console), m_out(console.out), m_err(console.err),
      m_in(console.in), m_author(std::move(author))
{
}

QString PageCommand::author(const QCommandLineParser& parser) const
{
    const QString given = parser.isSet(QStringLiteral("author"))
                              ? parser.value(QStringLiteral("author")).simplified()
                              : QString();
    return given.isEmpty() ? m_author : given;
}

std::optional<Page> PageCommand::pageOrSay(const QString& title)
{
    std::optional<Page> page = m_wiki().pages().find(title);
    if (!page)
        m_err << m_console.forErr(tr("folio: there is no page titled “%1”.").arg(title)) << '\n';
    return page;
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
    if (verb == QLatin1String("rename"))
        return rename(arguments);
    if (verb == QLatin1String("move"))
        return move(arguments);
    if (verb == QLatin1String("delete"))
        return remove(arguments);
    if (verb == QLatin1String("deleted"))
        return deleted(arguments);
    if (verb == QLatin1String("restore"))
        return restore(arguments);
    if (verb == QLatin1String("diff"))
        return diff(arguments);
    if (verb == QLatin1String("status"))
        return status(arguments);
    if (verb == QLatin1String("attach"))
        return attach(arguments);
    return usageError(verb.isEmpty() ? tr("“page” needs a command: list, show, write, history, "
                                          "diff, rename, move, delete, deleted, restore, "
                                          "status, attach or import.")
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
    const QCommandLineOption drafts(QStringLiteral("drafts"));
    parser.addOptions({json, drafts});
    QString error;
    if (!parseVerb(parser, arguments, 0, &error))
        return usageError(error);

    // Readers see what was published; writers ask for the rest.
    const QList<PageSummary> pages =
        m_wiki().pages().list(parser.isSet(drafts) ? PageFilter::All : PageFilter::Published);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const PageSummary& page : pages) {
            array.append(QJsonObject{{QStringLiteral("title"), page.title},
                                     {QStringLiteral("kind"), PageKinds::key(page.kind)},
                                     {QStringLiteral("status"), PageStatuses::key(page.status)},
                                     {QStringLiteral("updated"), isoTime(page.updatedAt)}});
        }
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Cli::Success;
    }
    for (const PageSummary& page : pages) {
        m_out << qSetFieldWidth(15) << Qt::left << PageKinds::key(page.kind);
        if (parser.isSet(drafts))
            m_out << qSetFieldWidth(11) << PageStatuses::key(page.status);
        m_out << qSetFieldWidth(0) << m_console.forOut(page.title) << '\n';
    }
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
    addAuthorOption(parser);
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

    switch (m_wiki().pages().write(content, author(parser))) {
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
            array.append(QJsonObject{
                {QStringLiteral("revision"), revision.id},
                {QStringLiteral("parent"),
                 revision.parentId ? QJsonValue(*revision.parentId) : QJsonValue()},
                {QStringLiteral("author"), revision.author},
                {QStringLiteral("time"), isoTime(revision.createdAt)},
                {QStringLiteral("title"), revision.content.title},
                {QStringLiteral("status"), PageStatuses::key(revision.state.status)},
                {QStringLiteral("visibility"), PageStatuses::key(revision.state.visibility)},
                {QStringLiteral("summary"), revision.summary},
                {QStringLiteral("sha256"), revision.contentHash}});
        }
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Cli::Success;
    }
    for (const Revision& revision : revisions)
        m_out << revision.id << '\t' << isoTime(revision.createdAt) << '\t'
              << m_console.forOut(revision.author) << '\t' << revision.contentHash.left(12) << '\t'
              << PageStatuses::key(revision.state.status) << '\t'
              << m_console.forOut(revision.content.title)
              << m_console.forOut(revision.summary.isEmpty()
                                      ? QString()
                                      : QStringLiteral(" — ") + revision.summary)
              << '\n';
    return Cli::Success;
}

int PageCommand::import(const QStringList& arguments)
{
    QCommandLineParser parser;
    addAuthorOption(parser);
    QString error;
    if (!parseVerb(parser, arguments, 1, &error))
        return usageError(error);

    QElapsedTimer timer;
    timer.start();
    TerminalProgress progress(m_err);
    const QString folder = parser.positionalArguments().at(1);
    const MarkdownFolder found = MarkdownFolder::list(folder); // before the wiki is opened
    MarkdownFolderImporter importer(m_wiki().pages());
    importer.setAttachmentLimit(m_attachmentLimit);
    importer.setCancelFlag(&InterruptGuard::flag());
    MarkdownFolderImporter::Result result;
    try {
        const InterruptGuard interruptible;
        result = importer.import(found, folder, author(parser), [&](int done, int total) {
            progress.show(tr("Importing"), done, total);
        });
    } catch (const MarkdownFolderImporter::Cancelled&) {
        progress.finish();
        m_err << tr("folio: import cancelled; nothing was imported.") << '\n';
        return Cli::Failure;
    }
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

int PageCommand::rename(const QStringList& arguments)
{
    QCommandLineParser parser;
    addAuthorOption(parser);
    QString error;
    if (!parseVerb(parser, arguments, 2, &error))
        return usageError(error);
    const QString newTitle = PageTitle::normalized(parser.positionalArguments().at(2));
    if (const QString problem = PageTitle::problem(newTitle); !problem.isEmpty()) {
        m_err << m_console.forErr(tr("folio: %1").arg(problem)) << '\n';
        return Cli::Failure;
    }
    const std::optional<Page> page = pageOrSay(parser.positionalArguments().at(1));
    if (!page)
        return Cli::Failure;
    const PageRename::Result result =
        PageRename(m_wiki().database()).rename(page->content.title, newTitle, author(parser));
    if (!result.renamed()) {
        m_err << m_console.forErr(tr("Renamed “%1” to “%2”; links to it still find it.")
                                      .arg(page->content.title, result.page.content.title))
              << '\n';
        return Cli::Success;
    }
    m_err << m_console.forErr(
                 tr("Renamed “%1” to “%2”.").arg(result.oldTitle, result.page.content.title))
          << ' ' << tr("%n link(s) now point to the new title", nullptr, result.links) << ' '
          << tr("(%n other page(s) changed).", nullptr, int(result.rewritten.size())) << '\n';
    return Cli::Success;
}

int PageCommand::move(const QStringList& arguments)
{
    QCommandLineParser parser;
    addAuthorOption(parser);
    parser.addOption({QStringLiteral("top"), {}});
    QString error;
    if (!parseVerb(parser, arguments, 1, 2, &error))
        return usageError(error);
    // Leaving out the parent by mistake must not move a page to the top: that needs --top.
    const bool top = parser.isSet(QStringLiteral("top"));
    if (top == (parser.positionalArguments().size() == 3))
        return usageError(tr("Give the page to move it under, or --top."));
    const std::optional<Page> page = pageOrSay(parser.positionalArguments().at(1));
    if (!page)
        return Cli::Failure;
    std::optional<qint64> parentId;
    if (!top) {
        const std::optional<Page> parent = pageOrSay(parser.positionalArguments().at(2));
        if (!parent)
            return Cli::Failure;
        parentId = parent->id;
    }
    const Page moved = m_wiki().pages().move(page->id, parentId, author(parser));
    const QList<PageSummary> path = m_wiki().pages().ancestors(moved.id);
    QStringList titles;
    for (const PageSummary& above : path)
        titles << above.title;
    titles << moved.content.title;
    m_err << m_console.forErr(
                 moved.revisionId == page->revisionId
                     ? tr("“%1” is already there: %2")
                           .arg(moved.content.title, titles.join(QStringLiteral(" › ")))
                     : tr("Moved “%1”: %2")
                           .arg(moved.content.title, titles.join(QStringLiteral(" › "))))
          << '\n';
    return Cli::Success;
}

int PageCommand::remove(const QStringList& arguments)
{
    QCommandLineParser parser;
    QString error;
    if (!parseVerb(parser, arguments, 1, &error))
        return usageError(error);
    const std::optional<Page> page = pageOrSay(parser.positionalArguments().at(1));
    if (!page)
        return Cli::Failure;
    m_wiki().pages().remove(page->id);
    m_err << m_console.forErr(tr("Deleted “%1”; its history is kept. “folio page restore %2” "
                                 "brings it back.")
                                  .arg(page->content.title, shellQuoted(page->content.title)))
          << '\n';
    return Cli::Success;
}

int PageCommand::attach(const QStringList& arguments)
{
    QCommandLineParser parser;
    QString error;
    if (!parseVerb(parser, arguments, 2, &error))
        return usageError(error);
    // The file first: a file that cannot be attached leaves the wiki unopened.
    const AttachmentFile file =
        AttachmentFile::read(parser.positionalArguments().at(2), m_attachmentLimit);
    if (!file.error.isEmpty()) {
        m_err << m_console.forErr(tr("folio: %1").arg(file.error)) << '\n';
        return Cli::Failure;
    }
    const std::optional<Page> page = pageOrSay(parser.positionalArguments().at(1));
    if (!page)
        return Cli::Failure;
    AttachmentStore attachments(m_wiki().database());
    Transaction transaction(m_wiki().database()); // the bytes and their name, or neither
    const QString name =
        attachments.attach(page->id, file.name, attachments.add(file.data, file.mimeType));
    transaction.commit();
    m_err << m_console.forErr(tr("Attached “%1” to “%2” (%3). Link to it from the page with:")
                                  .arg(name, page->content.title,
                                       AttachmentFile::describeSize(file.data.size())))
          << '\n';
    m_out << file.markdownLink(name, name) << '\n';
    return Cli::Success;
}

int PageCommand::deleted(const QStringList& arguments)
{
    QCommandLineParser parser;
    QString error;
    if (!parseVerb(parser, arguments, 0, &error))
        return usageError(error);
    for (const DeletedPage& page : m_wiki().pages().deleted())
        m_out << isoTime(page.deletedAt) << '\t' << m_console.forOut(page.title) << '\n';
    return Cli::Success;
}

int PageCommand::restore(const QStringList& arguments)
{
    QCommandLineParser parser;
    addAuthorOption(parser);
    QString error;
    if (!parseVerb(parser, arguments, 1, 2, &error))
        return usageError(error);
    const QStringList positional = parser.positionalArguments();
    const QString title = positional.at(1);
    PageStore& pages = m_wiki().pages();
    if (positional.size() == 2) {
        // A deleted page, by its title: the most recently deleted one.
        for (const DeletedPage& gone : pages.deleted()) {
            if (PageTitle::key(gone.title) != PageTitle::key(title))
                continue;
            const Page page = pages.undelete(gone.id, author(parser));
            m_err << m_console.forErr(tr("Restored “%1”.").arg(page.content.title)) << '\n';
            return Cli::Success;
        }
        m_err << m_console.forErr(
                     tr("folio: no deleted page is titled “%1”; “folio page deleted” lists them.")
                         .arg(title))
              << '\n';
        return Cli::Failure;
    }
    bool ok = false;
    const qint64 revision = positional.at(2).toLongLong(&ok);
    if (!ok || revision <= 0)
        return usageError(tr("A revision is a number, as “folio page history” lists them."));
    const std::optional<Page> page = pageOrSay(title);
    if (!page)
        return Cli::Failure;
    const Page restored = pages.restoreRevision(page->id, revision, author(parser));
    if (restored.revisionId == page->revisionId)
        m_err << m_console.forErr(tr("“%1” already has the text of revision %2.")
                                      .arg(page->content.title)
                                      .arg(revision))
              << '\n';
    else
        m_err << m_console.forErr(tr("Restored revision %1 of “%2” as revision %3.")
                                      .arg(revision)
                                      .arg(page->content.title)
                                      .arg(restored.revisionId))
              << '\n';
    return Cli::Success;
}

int PageCommand::diff(const QStringList& arguments)
{
    QCommandLineParser parser;
    QString error;
    if (!parseVerb(parser, arguments, 1, 3, &error))
        return usageError(error);
    const QStringList positional = parser.positionalArguments();
    const std::optional<Page> page = pageOrSay(positional.at(1));
    if (!page)
        return Cli::Failure;
    PageStore& pages = m_wiki().pages();
    const QList<Revision> history = pages.history(page->id);
    // Default: the last two revisions; one revision: from it to the current text.
    std::optional<Revision> before, after;
    if (positional.size() == 2) {
        if (history.size() < 2) {
            m_err << m_console.forErr(tr("“%1” has only one revision.").arg(page->content.title))
                  << '\n';
            return Cli::Success;
        }
        before = history.at(1);
        after = history.at(0);
    } else {
        const auto revisionOf = [&](const QString& text) -> std::optional<Revision> {
            bool ok = false;
            const qint64 id = text.toLongLong(&ok);
            for (const Revision& revision : history) {
                if (ok && revision.id == id)
                    return revision;
            }
            m_err << m_console.forErr(tr("folio: “%1” has no revision %2; “folio page history” "
                                         "lists them.")
                                          .arg(page->content.title, text))
                  << '\n';
            return std::nullopt;
        };
        before = revisionOf(positional.at(2));
        after = positional.size() == 4 ? revisionOf(positional.at(3)) : history.value(0);
        if (!before || !after)
            return Cli::Failure;
    }
    const auto name = [](const Revision& revision) {
        return tr("%1 (revision %2, %3, %4)")
            .arg(revision.content.title)
            .arg(revision.id)
            .arg(revision.author, isoTime(revision.createdAt));
    };
    const QString diff =
        TextDiff::unified(before->content.body, after->content.body, name(*before), name(*after));
    if (diff.isEmpty()) // a status change or a rename: said, so an empty output is not a puzzle
        m_err << m_console.forErr(tr("The text is the same in revisions %1 and %2.")
                                      .arg(before->id)
                                      .arg(after->id))
              << '\n';
    m_out << m_console.forOut(diff);
    return Cli::Success;
}

int PageCommand::status(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption makePublic(QStringLiteral("public"));
    const QCommandLineOption makeInternal(QStringLiteral("internal"));
    const QCommandLineOption summary(QStringLiteral("message"), {}, QStringLiteral("TEXT"));
    parser.addOptions({makePublic, makeInternal, summary});
    addAuthorOption(parser);
    QString error;
    if (!parseVerb(parser, arguments, 1, 2, &error))
        return usageError(error);
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(makePublic) && parser.isSet(makeInternal))
        return usageError(tr("Choose one: --public or --internal."));
    std::optional<PageStatus> wanted;
    if (positional.size() == 3) {
        wanted = PageStatuses::fromKey(positional.at(2));
        if (!wanted)
            return usageError(
                tr("Unknown status “%1”; use one of: %2.")
                    .arg(positional.at(2), PageStatuses::keys().join(QLatin1String(", "))));
    }
    const std::optional<Page> page = pageOrSay(positional.at(1));
    if (!page)
        return Cli::Failure;
    PageState state = page->state;
    if (wanted)
        state.status = *wanted;
    if (parser.isSet(makePublic))
        state.visibility = PageVisibility::Public;
    if (parser.isSet(makeInternal))
        state.visibility = PageVisibility::Internal;
    const Page saved =
        m_wiki().pages().setState(page->id, state, author(parser), parser.value(summary));
    m_out << m_console.forOut(tr("%1: %2, %3")
                                  .arg(saved.content.title,
                                       PageStatuses::displayName(saved.state.status),
                                       PageStatuses::displayName(saved.state.visibility)))
          << '\n';
    return Cli::Success;
}

} // namespace folio
