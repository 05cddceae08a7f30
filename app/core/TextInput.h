#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

namespace folio::TextInput {

struct Read
{
    QByteArray bytes;
    bool tooLarge = false; // more than the limit was there; `bytes` is incomplete
    QString error;         // the device failed to read
};

// Reads until the end or until more than `maxBytes` arrived, whichever comes first, so
// /dev/zero, an endless pipe or a 50 GB file cost at most `maxBytes` of memory.
Read readAtMost(QIODevice& device, qint64 maxBytes);

struct Decoded
{
    QString text;
    int invalidLine = 0; // the first line holding bytes that are not UTF-8; 0 when none
};

// Text files to text: UTF-8, or UTF-16/UTF-32 when a byte order mark says so (Notepad).
// Bytes that are not UTF-8 become U+FFFD, and the caller learns where, so it can tell the
// user that the text was altered. A byte order mark at the start is dropped.
Decoded decode(const QByteArray& bytes);

// Text with NUL characters is not text: a binary file, or UTF-16 without a byte order mark.
bool looksBinary(const QString& text);

// Where the first byte that is not part of valid UTF-8 is, or -1.
qsizetype firstInvalidUtf8(const QByteArray& bytes);

} // namespace folio::TextInput
