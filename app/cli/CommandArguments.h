#pragma once

#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

namespace folio {

// The value of "--name V" or "--name=V" at arguments[i], advancing i past it; an empty value
// when V is missing; nullopt when arguments[i] is not that option.
std::optional<QString> optionValue(const QStringList& arguments, qsizetype& i, const QString& name);

// `text` as a whole number from low to high, or nullopt.
std::optional<int> numberIn(const QString& text, int low, int high);

// While it lives, Ctrl+C sets interrupted() instead of killing the process, so a long command
// can stop between steps and leave the wiki consistent. The previous handler comes back after.
class InterruptGuard
{
public:
    InterruptGuard();
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;

    static const std::atomic<bool>& flag();
    static bool interrupted() { return flag(); }

private:
    void (*m_previous)(int) = nullptr;
};

} // namespace folio
