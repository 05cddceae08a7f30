#pragma once

#include <QString>

#include <stdexcept>

namespace folio {

// Every failure of the store surfaces as this, with a sentence a user can act on. SQLite's
// own (English, technical) text never reaches the user: it goes to the folio.store log.
class StoreError : public std::runtime_error
{
public:
    enum class Code {
        Generic,
        NotAWiki,
        Corrupt,
        ReadOnly,
        TooNew,
        Conflict,
        InvalidInput,
        NotFound,
        Interrupted,
        Busy,     // another connection holds the lock
        DiskFull, // no space left (or the file may not grow)
        Io,       // the operating system failed to read or write
        CannotOpen,
        TooLarge
    };

    explicit StoreError(const QString& message, Code code = Code::Generic)
        : std::runtime_error(message.toStdString()), m_message(message), m_code(code)
    {
    }

    QString message() const { return m_message; }
    Code code() const { return m_code; }

private:
    QString m_message;
    Code m_code = Code::Generic;
};

} // namespace folio
