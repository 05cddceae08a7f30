#include "sync/FrontMatter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringDecoder>

namespace folio::FrontMatter {
namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(folio::FrontMatter)
};

const QByteArray kFence("---\n");

} // namespace

QByteArray write(const QJsonObject& fields, const QString& body)
{
    QByteArray text = kFence;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const QByteArray value =
            QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact);
        text += it.key().toUtf8() + ": " + value.mid(1, value.size() - 2) + '\n';
    }
    return text + kFence + body.toUtf8();
}

std::optional<Parsed> parse(const QByteArray& text, QString* problem)
{
    const auto fail = [problem](const QString& why) {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    if (!text.startsWith(kFence))
        return fail(Messages::tr("it does not start with a front matter header (\"---\")"));
    const qsizetype end = text.indexOf(QByteArrayView("\n---\n"), kFence.size() - 1);
    if (end < 0)
        return fail(Messages::tr("its front matter header never ends (no closing \"---\")"));
    static const QRegularExpression keyPattern(QStringLiteral("^[A-Za-z][A-Za-z0-9]*$"));
    Parsed parsed;
    const QList<QByteArray> lines = text.mid(kFence.size(), end + 1 - kFence.size()).split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray& line = lines.at(i);
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(": ");
        const QString key = QString::fromUtf8(line.left(colon));
        if (colon < 0 || !keyPattern.match(key).hasMatch())
            return fail(
                Messages::tr("line %1 of its front matter is not \"key: value\"").arg(i + 2));
        QJsonParseError error;
        const QJsonDocument value =
            QJsonDocument::fromJson('[' + line.mid(colon + 2) + ']', &error);
        if (error.error != QJsonParseError::NoError || value.array().size() != 1)
            return fail(
                Messages::tr("the value of “%1” in its front matter is not valid JSON").arg(key));
        if (parsed.fields.contains(key))
            return fail(Messages::tr("“%1” appears twice in its front matter").arg(key));
        parsed.fields.insert(key, value.array().first());
    }
    // Kept as it is, a byte-order mark at its start too (fromUtf8 would drop it): the text is
    // a revision's, which must read the same on every machine.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    parsed.body = utf8(text.mid(end + 1 + kFence.size()));
    return parsed;
}

} // namespace folio::FrontMatter
