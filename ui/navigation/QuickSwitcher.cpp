#include "navigation/QuickSwitcher.h"

#include "search/FuzzyMatch.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSet>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>
#include <tuple>
#include <vector>

namespace folio {
namespace {

// What a page opened lately adds to its score: about one word start's worth, so that it wins
// among like matches without beating a much better one.
constexpr int kRecentBonus = 10;

} // namespace

QuickSwitcher::QuickSwitcher(QWidget* parent)
    : QDialog(parent), m_query(new QLineEdit(this)), m_list(new QListWidget(this)),
      m_nothing(new QLabel(tr("No page title holds these letters in this order."), this))
{
    setWindowTitle(tr("Go to Page"));
    m_query->setPlaceholderText(tr("Type letters of a page title…"));
    m_query->setAccessibleName(tr("Page title"));
    m_query->setClearButtonEnabled(true);
    m_list->setAccessibleName(tr("Matching pages"));
    m_list->setUniformItemSizes(true);
    m_list->setFocusPolicy(Qt::NoFocus); // the keys stay in the field
    m_nothing->setWordWrap(true);
    m_nothing->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
    layout->addWidget(m_list);
    layout->addWidget(m_nothing);
    resize(520, 420);
    m_query->installEventFilter(this);
    connect(m_query, &QLineEdit::textChanged, this, &QuickSwitcher::refresh);
    connect(m_query, &QLineEdit::returnPressed, this, &QuickSwitcher::choose);
    connect(m_list, &QListWidget::itemActivated, this, &QuickSwitcher::choose);
}

void QuickSwitcher::setPages(const QStringList& titles, const QStringList& recent)
{
    m_titles = titles;
    m_folded.clear();
    m_folded.reserve(titles.size());
    for (const QString& title : titles)
        m_folded.append(FuzzyMatch::fold(title));
    m_known = QSet<QString>(titles.cbegin(), titles.cend());
    setRecent(recent);
}

void QuickSwitcher::setRecent(const QStringList& recent)
{
    m_lastLetters.clear();
    m_matched.clear();
    m_recent.clear();
    m_recentRank.clear();
    for (const QString& title : recent)
        if (m_known.contains(title) && !m_recentRank.contains(title)) {
            m_recentRank.insert(title, int(m_recent.size()));
            m_recent.append(title);
        }
    m_chosen.clear();
    const QSignalBlocker quiet(m_query);
    m_query->clear();
    refresh();
    m_query->setFocus();
}

void QuickSwitcher::refresh()
{
    QStringList shown;
    const FuzzyMatch match(m_query->text());
    if (match.isEmpty()) {
        // Nothing typed: where the reader was lately, then the rest in the order given.
        m_lastLetters.clear();
        m_matched.clear();
        shown = m_recent.mid(0, kShown);
        for (qsizetype i = 0; i < m_titles.size() && shown.size() < kShown; ++i)
            if (!m_recentRank.contains(m_titles.at(i)))
                shown.append(m_titles.at(i));
    } else {
        // Best score first; then the page opened latest, the shorter title, the earlier one.
        std::vector<std::tuple<int, int, qsizetype, int>> ranked;
        QList<int> matched;
        const auto consider = [&](int i) {
            const QString& title = m_titles.at(i);
            const std::optional<int> score = match.score(title, m_folded.at(i));
            if (!score)
                return;
            matched.append(i);
            const int recent = m_recentRank.value(title, int(m_recent.size()));
            const int bonus = recent < int(m_recent.size()) ? kRecentBonus : 0;
            ranked.emplace_back(-(*score + bonus), recent, title.size(), i);
        };
        const bool narrowing =
            !m_lastLetters.isEmpty() && match.letters().startsWith(m_lastLetters);
        if (narrowing) {
            for (const int i : std::as_const(m_matched))
                consider(i);
        } else {
            for (int i = 0; i < int(m_titles.size()); ++i)
                consider(i);
        }
        m_lastLetters = match.letters();
        m_matched = std::move(matched);
        const auto end = ranked.begin() + std::min<qsizetype>(ranked.size(), kShown);
        std::partial_sort(ranked.begin(), end, ranked.end());
        for (auto it = ranked.begin(); it != end; ++it)
            shown.append(m_titles.at(std::get<3>(*it)));
    }
    m_list->clear();
    m_list->addItems(shown);
    if (!shown.isEmpty())
        m_list->setCurrentRow(0);
    m_nothing->setVisible(shown.isEmpty() && !m_query->text().trimmed().isEmpty());
}

bool QuickSwitcher::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp ||
            key == Qt::Key_PageDown) {
            // The list moves; the caret stays where the reader types.
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void QuickSwitcher::choose()
{
    const QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    m_chosen = item->text();
    accept();
}

} // namespace folio
