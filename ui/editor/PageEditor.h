#pragma once

#include "store/Page.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace folio {

// Edits one page's title, kind, tags and Markdown body. It only holds the draft; the main
// window decides when it is saved.
class PageEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PageEditor(QWidget* parent = nullptr);

    void edit(const Page& page);
    // A page that does not exist yet: saving creates it.
    void editNew(const QString& title);

    // The page changed while it was edited: `newer` becomes the base the next save builds on,
    // and the editor holds `draft` (the writer's text, or a merge of both), still unsaved.
    void rebase(const Page& newer, const PageContent& draft);

    PageContent content() const;
    qint64 pageId() const { return m_pageId; }
    qint64 baseRevision() const { return m_baseRevision; }
    bool isModified() const;
    void focusBody();
    QPlainTextEdit* bodyEdit() const { return m_body; }
    QLineEdit* titleEdit() const { return m_title; }

Q_SIGNALS:
    void modifiedChanged(bool modified);

private:
    void load(const PageContent& content);

    QLineEdit* m_title = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_tags = nullptr;
    QPlainTextEdit* m_body = nullptr;
    PageContent m_original;
    qint64 m_pageId = 0;
    qint64 m_baseRevision = 0;
};

} // namespace folio
