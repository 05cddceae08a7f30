#pragma once

#include "cli/Cli.h"
#include "store/Page.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace folio {

struct Console;

// `folio page list|show|write|history|import|rename|move|delete|deleted|restore|diff|status|attach`
class PageCommand
{
    Q_DECLARE_TR_FUNCTIONS(folio::PageCommand)

public:
    // `author` signs what the commands write unless --author says otherwise.
    PageCommand(WikiAccess wiki, const Console& console, QString author);
    // Arguments start at the verb ("list", "show", ...). Returns the exit code.
    int run(const QStringList& arguments);
    // Files larger than this are refused by `page attach`.
    void setAttachmentLimit(qint64 maxBytes) { m_attachmentLimit = maxBytes; }

private:
    int list(const QStringList& arguments);
    int show(const QStringList& arguments);
    int write(const QStringList& arguments);
    int history(const QStringList& arguments);
    int import(const QStringList& arguments);
    int rename(const QStringList& arguments);
    int move(const QStringList& arguments);
    int remove(const QStringList& arguments);
    int deleted(const QStringList& arguments);
    int restore(const QStringList& arguments);
    int diff(const QStringList& arguments);
    int status(const QStringList& arguments);
    int attach(const QStringList& arguments);
    // The page titled so, or nullopt after saying there is none.
    std::optional<Page> pageOrSay(const QString& title);
    QString author(const QCommandLineParser& parser) const;
    int usageError(const QString& message);
    // A page's text from a file, or from standard input when `path` is empty; on failure
    // the user has been told why.
    std::optional<QString> readBody(const QString& path);

    WikiAccess m_wiki;
    const Console& m_console;
    qint64 m_attachmentLimit = 25'000'000;
    QTextStream& m_out;
    QTextStream& m_err;
    QIODevice& m_in;
    QString m_author;
};

} // namespace folio
