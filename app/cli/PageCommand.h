#pragma once

#include "cli/Cli.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace folio {

struct Console;

// `folio page list|show|write|history|import ...`
class PageCommand
{
    Q_DECLARE_TR_FUNCTIONS(folio::PageCommand)

public:
    PageCommand(WikiAccess wiki, const Console& console);
    // Arguments start at the verb ("list", "show", ...). Returns the exit code.
    int run(const QStringList& arguments);

private:
    int list(const QStringList& arguments);
    int show(const QStringList& arguments);
    int write(const QStringList& arguments);
    int history(const QStringList& arguments);
    int import(const QStringList& arguments);
    int usageError(const QString& message);
    // A page's text from a file, or from standard input when `path` is empty; on failure
    // the user has been told why.
    std::optional<QString> readBody(const QString& path);

    WikiAccess m_wiki;
    const Console& m_console;
    QTextStream& m_out;
    QTextStream& m_err;
    QIODevice& m_in;
};

} // namespace folio
