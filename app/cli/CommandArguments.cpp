#include "cli/CommandArguments.h"

#include <csignal>

namespace folio {

namespace {

std::atomic<bool> g_interrupted{false};

void onInterrupt(int)
{
    g_interrupted = true;
}

} // namespace

std::optional<QString> optionValue(const QStringList& arguments, qsizetype& i, const QString& name)
{
    const QString& argument = arguments.at(i);
    if (argument == name) {
        if (i + 1 >= arguments.size())
            return QString();
        return arguments.at(++i);
    }
    if (argument.startsWith(name + u'='))
        return argument.mid(name.size() + 1);
    return std::nullopt;
}

std::optional<int> numberIn(const QString& text, int low, int high)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < low || value > high)
        return std::nullopt;
    return value;
}

InterruptGuard::InterruptGuard()
{
    g_interrupted = false;
    m_previous = std::signal(SIGINT, onInterrupt);
}

InterruptGuard::~InterruptGuard()
{
    std::signal(SIGINT, m_previous);
}

const std::atomic<bool>& InterruptGuard::flag()
{
    return g_interrupted;
}

} // namespace folio
