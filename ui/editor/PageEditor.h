#pragma once

#include "store/Page.h"

#include <QFont>
#include <QTimer>
#include <QWidget>

class QActionGroup;
class QComboBox;
class QLineEdit;
class QSplitter;
class QToolBar;

namespace folio {

class MarkdownEdit;
class PagePreview;

// Edits one page's title, kind, tags and Markdown body, with the rendered page beside the
// source. It only holds the draft; the main window decides when it is saved.
class PageEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PageEditor(QWidget* parent = nullptr);

    // The rendered page beside the source; without one the editor shows the source only.
    void attachPreview(PagePreview* preview);
    // The window's zoom (1.0 = 100%): the text and the preview grow and shrink with it.
    void setZoom(double factor);
    // The font of the Markdown text at 100% (Settings → Editor); defaultFont() unless set.
    void setTextFont(const QFont& font);
    QFont textFont() const { return m_textFont; }
    static QFont defaultFont();
    PagePreview* preview() const { return m_preview; }

    enum class ViewMode { Source, Split, Preview };
    // The editor's own keys, for Help → Keyboard Shortcuts: what each does, and its keys.
    static QList<std::pair<QString, QString>> keyboardShortcuts();
    ViewMode viewMode() const { return m_viewMode; }
    void setViewMode(ViewMode mode);

    void edit(const Page& page);
    // A page that does not exist yet: saving creates it.
    void editNew(const QString& title, const PageContent& start = {});

    // The page changed while it was edited: `newer` becomes the base the next save builds on,
    // and the editor holds `draft` (the writer's text, or a merge of both), still unsaved.
    void rebase(const Page& newer, const PageContent& draft);

    // A kept draft of the page being edited: `draft` on top of `baseRevision`, unsaved.
    void restore(qint64 baseRevision, const PageContent& draft);

    // An attachment added while editing, under `name`: a new page holds it once saved, and the
    // preview shows it meanwhile.
    void addAttachment(const QString& name, const QString& sha256);
    const QHash<QString, QString>& unsavedAttachments() const { return m_unsavedAttachments; }

    PageContent content() const;
    qint64 pageId() const { return m_pageId; }
    qint64 baseRevision() const { return m_baseRevision; }
    bool isModified() const;
    void focusBody();
    MarkdownEdit* bodyEdit() const { return m_body; }
    QLineEdit* titleEdit() const { return m_title; }

Q_SIGNALS:
    void modifiedChanged(bool modified);
    void viewModeChanged(folio::PageEditor::ViewMode mode);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void applyFont();
    void load(const PageContent& content);
    void buildToolBar();
    // Shows `mode` without making it the layout remembered for next time.
    void showViewMode(ViewMode mode);
    void contentChanged();
    void syncPreviewScroll();
    Page previewPage() const;
    void renderPreview();

    QLineEdit* m_title = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_tags = nullptr;
    MarkdownEdit* m_body = nullptr;
    QToolBar* m_toolBar = nullptr;
    QActionGroup* m_modes = nullptr;
    QSplitter* m_split = nullptr;
    PagePreview* m_preview = nullptr;
    QFont m_textFont = defaultFont();
    double m_zoom = 1.0;
    QTimer m_previewPause;
    ViewMode m_viewMode = ViewMode::Split;
    bool m_splitSized = false;
    PageContent m_original;
    QHash<QString, QString> m_unsavedAttachments; // name → SHA-256
    Page m_base;
    qint64 m_pageId = 0;
    qint64 m_baseRevision = 0;
};

} // namespace folio
