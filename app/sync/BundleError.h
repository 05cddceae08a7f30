#pragma once

#include <QString>

#include <stdexcept>

namespace folio {

// A bundle that cannot be written or read, with a sentence for people naming the file and
// the problem. Whoever catches it has changed nothing.
class BundleError : public std::runtime_error
{
public:
    explicit BundleError(const QString& message)
        : std::runtime_error(message.toStdString()), m_message(message)
    {
    }
    QString message() const { return m_message; }

private:
    QString m_message;
};

} // namespace folio
