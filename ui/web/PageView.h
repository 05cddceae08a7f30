#pragma once

#include <QWebEngineView>

namespace folio {

class ContentPage;
class WebProfile;

// Shows one wiki page through the folio: scheme.
class PageView : public QWebEngineView
{
    Q_OBJECT

public:
    PageView(WebProfile& profile, QWidget* parent = nullptr);

    ContentPage* contentPage() const { return m_page; }
    void showPage(const QString& title, const QString& anchor = {});
    // Renders the shown page again, e.g. after it was saved or a linked page was created.
    void refresh();

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    ContentPage* m_page = nullptr;
};

} // namespace folio
