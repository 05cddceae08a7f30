#pragma once

#include "authoring/AttachmentFile.h"

#include <QPlainTextEdit>

#include <functional>

class QCompleter;
class QStringListModel;

namespace folio {

class MarkdownHighlighter;

// The Markdown source editor: highlighting, formatting shortcuts, lists that continue on
// Enter, and completion of page titles after "[[".
class MarkdownEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit MarkdownEdit(QWidget* parent = nullptr);

    // Where the titles offered after "[[" come from; asked once per editing session, when the
    // first link is typed (see forgetTitles).
    void setTitleSource(std::function<QStringList()> titles) { m_titleSource = std::move(titles); }
    void forgetTitles() { m_titles.reset(); }
    QCompleter* completer() const { return m_completer; }
    // Pictures pasted and files dropped or pasted are handed to `attach`, which stores them
    // and returns the name the page links them by (or nothing, having said why not); the
    // editor then writes the Markdown image or link. Without a handler, only text is pasted.
    using AttachHandler = std::function<std::optional<QString>(const AttachmentFile& file)>;
    void setAttachHandler(AttachHandler attach) { m_attach = std::move(attach); }
    void setAttachmentLimit(qint64 maxBytes) { m_attachmentLimit = maxBytes; }
    MarkdownHighlighter* highlighter() const { return m_highlighter; }

    enum class Format {
        Bold,
        Italic,
        Code,
        Link,
        Heading1,
        Heading2,
        Heading3,
        BulletList,
        NumberedList
    };
    void apply(Format format);
    // The key that applies `format` while the editor has focus (shown in tool tips).
    static QKeySequence shortcut(Format format);

protected:
    bool event(QEvent* event) override;
    bool canInsertFromMimeData(const QMimeData* source) const override;
    void insertFromMimeData(const QMimeData* source) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    // The title typed so far after an unclosed "[[" before the cursor, if any.
    std::optional<QString> linkPrefix() const;
    void updateCompletion();
    void insertTitle(const QString& title);
    std::optional<Format> formatFor(const QKeyEvent* event) const;
    // Stores the file and writes its Markdown at the cursor; false when it was refused.
    bool attach(const AttachmentFile& file);

    MarkdownHighlighter* m_highlighter = nullptr;
    QCompleter* m_completer = nullptr;
    QStringListModel* m_candidates = nullptr;
    std::function<QStringList()> m_titleSource;
    std::optional<QStringList> m_titles;
    AttachHandler m_attach;
    qint64 m_attachmentLimit = 25'000'000;
};

} // namespace folio
