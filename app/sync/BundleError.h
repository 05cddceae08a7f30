#pragma once

#include <QString>

#include <stdexcept>

namespace folio {

// A bundle that cannot be written or read, with a sentence for people naming the file and
// the problem. Whoever catches it has changed nothing.
class BundleError : public std::runtime_error
{
public:
    enum class Code {
        Unusable,   // not a bundle, damaged, unreadable, unwritable
        OtherWiki,  // a sound bundle of another wiki: merged only when a person says so
        NoUndo,     // there is no import to undo, or its copy of the wiki is gone
        EditedSince // undoing the import would also undo what was written after it
    };

    explicit BundleError(const QString& message, Code code = Code::Unusable)
        : std::runtime_error(message.toStdString()), m_message(message), m_code(code)
    {
    }
    QString message() const { return m_message; }
    Code code() const { return m_code; }

private:
    QString m_message;
    Code m_code = Code::Unusable;
};

} // namespace folio
