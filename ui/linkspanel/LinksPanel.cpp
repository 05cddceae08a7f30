#include "linkspanel/LinksPanel.h"

#include "links/LinkQueryParser.h"
#include "linkspanel/LinksModel.h"
#include "store/Database.h"
#include "store/LinkStore.h"
#include "store/StoreError.h"
#include "store/WikiFile.h"

#include <QComboBox>
#include <QDate>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace folio {

LinksPanel::LinksPanel(QWidget* parent)
    : QWidget(parent), m_filter(new QLineEdit(this)), m_order(new QComboBox(this)),
      m_facets(new QToolButton(this)), m_facetMenu(new QMenu(this)), m_view(new QTreeView(this)),
      m_count(new QLabel(this)), m_problem(new QLabel(this)), m_model(new LinksModel(this))
{
    m_filter->setPlaceholderText(tr("Filter links (channel:, from:, domain:, after:)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter links"));
    m_order->addItem(tr("Newest"), int(LinkQuery::Order::Newest));
    m_order->addItem(tr("Most shared"), int(LinkQuery::Order::MostShared));
    m_order->addItem(tr("By domain"), int(LinkQuery::Order::Domain));
    m_order->setAccessibleName(tr("Order of the links"));
    m_facets->setText(tr("Filter"));
    m_facets->setToolTip(tr("Show only the links of a channel, a person or a domain"));
    m_facets->setPopupMode(QToolButton::InstantPopup);
    m_facets->setMenu(m_facetMenu);
    auto* import = new QPushButton(tr("&Import…"), this);
    import->setToolTip(tr("Import the links of a chat export or bookmark file"));
    m_archive = new QToolButton(this);
    m_archive->setText(tr("Archive"));
    m_archive->setToolTip(tr("Keep the linked pages for reading offline"));
    m_archive->setPopupMode(QToolButton::InstantPopup);
    auto* archiveMenu = new QMenu(m_archive);
    connect(archiveMenu->addAction(tr("Archive &All Links")), &QAction::triggered, this,
            &LinksPanel::archiveAllRequested);
    connect(archiveMenu->addAction(tr("&Retry Failed")), &QAction::triggered, this,
            &LinksPanel::retryFailedRequested);
    archiveMenu->addSeparator();
    m_pauseAction = archiveMenu->addAction(tr("&Pause Archiving"));
    m_pauseAction->setEnabled(false);
    connect(m_pauseAction, &QAction::triggered, this, [this] {
        Q_EMIT m_archiving ? pauseArchivingRequested() : resumeArchivingRequested();
    });
    m_archive->setMenu(archiveMenu);
    m_archiveRow = new QWidget(this);
    m_archiveBar = new QProgressBar(m_archiveRow);
    m_archiveBar->setTextVisible(true);
    m_archiveBar->setFormat(tr("%v of %m"));
    m_archiveBar->setAccessibleName(tr("Archiving progress"));
    m_archiveUrl = new QLabel(m_archiveRow);
    m_archiveUrl->setTextFormat(Qt::PlainText);
    m_archiveUrl->setMinimumWidth(1); // elided to fit, never widening the panel
    m_pause = new QPushButton(tr("Pause"), m_archiveRow);
    m_pause->setToolTip(tr("Stop archiving; the waiting links stay queued"));
    connect(m_pause, &QPushButton::clicked, this, &LinksPanel::pauseArchivingRequested);
    auto* archiveLayout = new QGridLayout(m_archiveRow);
    archiveLayout->setContentsMargins(0, 0, 0, 0);
    archiveLayout->addWidget(m_archiveBar, 0, 0);
    archiveLayout->addWidget(m_pause, 0, 1);
    archiveLayout->addWidget(m_archiveUrl, 1, 0, 1, 2);
    m_archiveRow->hide();

    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true); // lets 500,000 rows scroll without measuring each
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAccessibleName(tr("Links"));
    // The side panel is narrow: the title, its site, when and how often show; the rest can
    // be turned on from the header's menu.
    QHeaderView* header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(LinksModel::Title, QHeaderView::Stretch);
    header->setMinimumSectionSize(40);
    // Columns as wide as what they hold (a date in this locale, a count), so the title keeps
    // most of the width; the full title and address are in the tooltip.
    const QFontMetrics metrics(m_view->font());
    const int padding = 2 * metrics.averageCharWidth();
    const QString sampleDate = QLocale().toString(QDate(2024, 12, 28), QLocale::ShortFormat);
    m_view->setColumnWidth(LinksModel::Domain, 12 * metrics.averageCharWidth());
    const auto titleWidth = [this, &metrics](int column) {
        return metrics.horizontalAdvance(
            m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    };
    m_view->setColumnWidth(
        LinksModel::LastShared,
        qMax(metrics.horizontalAdvance(sampleDate), titleWidth(LinksModel::LastShared)) + padding);
    m_view->setColumnWidth(LinksModel::Shares, titleWidth(LinksModel::Shares) + padding);
    m_view->setColumnWidth(LinksModel::FirstSharedBy, 14 * metrics.averageCharWidth());
    m_view->setColumnWidth(LinksModel::Channel, 14 * metrics.averageCharWidth());
    m_view->setColumnWidth(LinksModel::Status,
                           qMax(metrics.horizontalAdvance(LinksModel::statusName({})),
                                titleWidth(LinksModel::Status)) +
                               padding);
    for (const int column : {LinksModel::FirstSharedBy, LinksModel::Channel})
        header->setSectionHidden(column, true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint& at) {
        QMenu menu(this);
        for (int column = LinksModel::Domain; column < LinksModel::ColumnCount; ++column) {
            QAction* action = menu.addAction(
                m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
            action->setCheckable(true);
            action->setChecked(!header->isSectionHidden(column));
            connect(action, &QAction::toggled, header,
                    [header, column](bool shown) { header->setSectionHidden(column, !shown); });
        }
        menu.exec(header->mapToGlobal(at));
    });
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto* top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_facets);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_order);
    bottom->addWidget(m_archive);
    bottom->addWidget(import);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_problem);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_archiveRow);
    layout->addLayout(bottom);

    // Filtering waits for a pause in typing: each change is a query over every link.
    auto* typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(150);
    connect(m_filter, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, &LinksPanel::applyFilter);
    connect(m_order, &QComboBox::currentIndexChanged, this, &LinksPanel::applyFilter);
    connect(m_facetMenu, &QMenu::aboutToShow, this, &LinksPanel::fillFacets);
    // A filter counted for more than a moment says so; until then the count shown stays.
    m_busy = new QTimer(this);
    m_busy->setSingleShot(true);
    m_busy->setInterval(300);
    connect(m_busy, &QTimer::timeout, this, [this] {
        if (m_model->isLoading())
            m_count->setText(tr("Filtering…"));
    });
    connect(m_model, &LinksModel::loaded, this, [this] {
        showProblem(m_filterProblem);
        updateCount();
    });
    connect(m_model, &LinksModel::failed, this, [this](const QString& message) {
        showProblem(message);
        updateCount();
    });
    m_facetReader = new QFutureWatcher<Facets>(this);
    connect(m_facetReader, &QFutureWatcher<Facets>::finished, this, [this] {
        const Facets facets = m_facetReader->result();
        // Links that changed while they were counted are counted again if the menu waits.
        if (facets.generation == m_facetGeneration)
            m_facetValues = facets;
        if (m_facetMenu->isVisible())
            fillFacets();
    });
    connect(import, &QPushButton::clicked, this, &LinksPanel::importRequested);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    Q_EMIT linkSelected(current.data(LinksModel::LinkIdRole).toLongLong());
            });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT openRequested(index.data(LinksModel::LinkIdRole).toLongLong());
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &LinksPanel::showContextMenu);
}

void LinksPanel::setStore(const LinkStore* store)
{
    m_store = store;
    forgetFacets();
    m_model->setStore(store);
    updateCount();
}

void LinksPanel::reload()
{
    forgetFacets();
    m_model->reload();
    m_busy->start();
}

void LinksPanel::setArchiving(bool running)
{
    m_archiving = running;
    m_archiveRow->setVisible(running);
    m_pauseAction->setEnabled(true);
    m_pauseAction->setText(running ? tr("&Pause Archiving") : tr("Res&ume Archiving"));
    if (!running)
        m_archiveUrl->clear();
}

void LinksPanel::setArchiveProgress(qint64 done, qint64 total, const QString& currentUrl)
{
    m_archiveBar->setRange(0, int(qMin<qint64>(total, INT_MAX)));
    m_archiveBar->setValue(int(qMin<qint64>(done, INT_MAX)));
    m_archiveUrl->setToolTip(currentUrl);
    m_archiveUrl->setText(m_archiveUrl->fontMetrics().elidedText(currentUrl, Qt::ElideMiddle,
                                                                 qMax(m_archiveRow->width(), 100)));
}

void LinksPanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

qint64 LinksPanel::currentLinkId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(LinksModel::LinkIdRole).toLongLong() : 0;
}

void LinksPanel::applyFilter()
{
    LinkQuery query = LinkQueryParser::parse(m_filter->text(), &m_filterProblem);
    query.order = LinkQuery::Order(m_order->currentData().toInt());
    showProblem(m_filterProblem);
    m_model->setQuery(query);
    m_busy->start();
}

void LinksPanel::showProblem(const QString& problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void LinksPanel::updateCount()
{
    const int count = m_model->rowCount();
    const bool filtered = !m_filter->text().trimmed().isEmpty();
    m_count->setText(filtered ? tr("%n link(s) match", nullptr, count)
                              : tr("%n link(s)", nullptr, count));
}

void LinksPanel::forgetFacets()
{
    m_facetValues.reset();
    ++m_facetGeneration;
}

LinksPanel::Facets LinksPanel::readFacets(const QString& wikiPath, int generation)
{
    Facets facets;
    facets.generation = generation;
    try {
        const WikiFile::Opened wiki = WikiFile::openForReading(wikiPath);
        LinkStore store(*wiki.database);
        for (const LinkStore::Facet facet : {LinkStore::Facet::Channel, LinkStore::Facet::Person,
                                             LinkStore::Facet::Domain, LinkStore::Facet::Platform})
            facets.values << store.topValues(facet, 12);
    } catch (const StoreError& error) {
        facets.error = error.message();
    }
    return facets;
}

void LinksPanel::fillFacets()
{
    m_facetMenu->clear();
    if (!m_store)
        return;
    if (!m_facetValues) {
        m_facetMenu->addAction(tr("Counting…"))->setEnabled(false);
        if (!m_facetReader->isRunning())
            m_facetReader->setFuture(
                QtConcurrent::run(&LinksPanel::readFacets, m_store->wikiPath(), m_facetGeneration));
        return;
    }
    if (!m_facetValues->error.isEmpty()) {
        m_facetMenu->addAction(m_facetValues->error)->setEnabled(false);
        return;
    }
    const QStringList titles = {tr("Channels"), tr("People"), tr("Domains"), tr("Platforms")};
    const QStringList keys = {QStringLiteral("channel"), QStringLiteral("from"),
                              QStringLiteral("domain"), QStringLiteral("platform")};
    for (qsizetype i = 0; i < m_facetValues->values.size(); ++i) {
        if (m_facetValues->values.at(i).isEmpty())
            continue;
        m_facetMenu->addSection(titles.at(i));
        for (const auto& [value, count] : m_facetValues->values.at(i)) {
            QAction* action = m_facetMenu->addAction(tr("%1 (%2)").arg(value).arg(count));
            const QString key = keys.at(i);
            connect(action, &QAction::triggered, this, [this, key, value = value] {
                const QString term = value.contains(u' ') ? u'"' + value + u'"' : value;
                m_filter->setText(QString(m_filter->text() + u' ' + key + u':' + term).trimmed());
            });
        }
    }
    if (m_facetMenu->isEmpty())
        m_facetMenu->addAction(tr("No links yet"))->setEnabled(false);
}

void LinksPanel::showContextMenu(const QPoint& position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;
    const qint64 id = index.data(LinksModel::LinkIdRole).toLongLong();
    QMenu menu(this);
    connect(menu.addAction(tr("&Open in Browser")), &QAction::triggered, this,
            [this, id] { Q_EMIT openRequested(id); });
    connect(menu.addAction(tr("&Copy Link")), &QAction::triggered, this,
            [this, id] { Q_EMIT copyRequested(id); });
    connect(menu.addAction(tr("&Tags…")), &QAction::triggered, this,
            [this, id] { Q_EMIT tagRequested(id); });
    const std::optional<Link> link = m_model->linkAt(index.row());
    const bool hidden = link && link->hidden;
    connect(menu.addAction(hidden ? tr("Show &Again") : tr("&Hide")), &QAction::triggered, this,
            [this, id, hidden] { Q_EMIT hiddenChangeRequested(id, !hidden); });
    const bool archived = link && link->archiveStatus == QLatin1String("archived");
    connect(menu.addAction(archived ? tr("Archive &Again") : tr("&Archive")), &QAction::triggered,
            this, [this, id] { Q_EMIT archiveRequested(id); });
    menu.addSeparator();
    connect(menu.addAction(tr("&Promote to Page")), &QAction::triggered, this,
            [this, id] { Q_EMIT promoteRequested(id); });
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

} // namespace folio
