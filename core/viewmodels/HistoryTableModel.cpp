#include "HistoryTableModel.h"

#include "PayloadFields.h"
#include "VerdictText.h"
#include "ViewModelsLog.h"
#include "history/HistoryStore.h"

#include <QDateTime>
#include <QIcon>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {
VerdictLevel levelFromName(const QString& name)
{
    for (const VerdictLevel level : {VerdictLevel::Dangerous, VerdictLevel::Suspicious, VerdictLevel::Unknown,
                                     VerdictLevel::NoKnownRisk, VerdictLevel::Trusted})
        if (verdictLevelName(level) == name)
            return level;
    return VerdictLevel::Unknown;
}

QString typeLabel(const QString& name)
{
    const auto type = payloadTypeFromName(name);
    return type ? PayloadFields::typeLabel(*type) : name;
}
} // namespace

QString HistoryTableModel::sourceLabel(const QString& source)
{
    if (source == u"camera"_s)
        return tr("Camera");
    if (source == u"file"_s)
        return tr("Image file");
    if (source == u"clipboard"_s)
        return tr("Clipboard");
    if (source == u"screen"_s)
        return tr("Screen");
    if (source == u"video"_s)
        return tr("Video");
    if (source == u"import"_s)
        return tr("Import");
    return source;
}

HistoryTableModel::HistoryTableModel(HistoryStore& store, StoreExecutor& executor, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_reply(executor, this)
{
    m_query.limit = m_pageSize;
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        m_query.search = m_pendingSearch;
        applyQuery(false);
    });
    m_undoTimer.setSingleShot(true);
    m_undoTimer.setInterval(8000);
    connect(&m_undoTimer, &QTimer::timeout, this, &HistoryTableModel::commitDeletes);
    applyQuery(false);
}

HistoryTableModel::~HistoryTableModel()
{
    commitDeletes(); // the executor finishes it even when the window closes right now
    m_reply.detach();
}

int HistoryTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ScanRecord& record = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return record.id;
    case VerdictLevelRole:
        return record.verdictLevel;
    case PinnedRole:
        return record.pinned;
    case Qt::DecorationRole:
        if (index.column() == VerdictColumn)
            return QIcon(VerdictText::iconPath(levelFromName(record.verdictLevel)));
        return {};
    case Qt::EditRole:
        if (index.column() == NoteColumn)
            return record.note;
        [[fallthrough]];
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case PinnedColumn:
            return record.pinned ? tr("Pinned") : QString();
        case TimeColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(record.scannedAt), QLocale::ShortFormat);
        case VerdictColumn:
            return VerdictText::label(levelFromName(record.verdictLevel));
        case TypeColumn:
            return typeLabel(record.payloadType);
        case ContentColumn:
            return role == Qt::DisplayRole ? record.content.left(300).simplified() : record.content;
        case SourceColumn:
            return sourceLabel(record.source);
        case NoteColumn:
            return record.note;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PinnedColumn:
        return tr("Pin");
    case TimeColumn:
        return tr("Scanned");
    case VerdictColumn:
        return tr("Verdict");
    case TypeColumn:
        return tr("Type");
    case ContentColumn:
        return tr("Content");
    case SourceColumn:
        return tr("Source");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

Qt::ItemFlags HistoryTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NoteColumn)
        result |= Qt::ItemIsEditable;
    return result;
}

bool HistoryTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.column() != NoteColumn ||
        index.row() >= m_rows.size())
        return false;
    ScanRecord& record = m_rows[index.row()];
    const qint64 id = record.id;
    const QString before = record.note;
    const QString note = value.toString();
    record.note = note;
    Q_EMIT dataChanged(index, index);
    HistoryStore* store = &m_store;
    m_reply.run(
        [store, id, note] {
            QString error;
            return store->setNote(id, note, &error) ? QString() : error;
        },
        [this, id, before, note](const QString& error) {
            // Also right after a page read before the change: the row shows what was stored.
            if (const int row = rowOf(id); row >= 0) {
                m_rows[row].note = error.isEmpty() ? note : before;
                Q_EMIT dataChanged(this->index(row, NoteColumn), this->index(row, NoteColumn));
            }
            if (!error.isEmpty())
                Q_EMIT errorOccurred(tr("The note could not be saved: %1").arg(error));
        });
    return true;
}

bool HistoryTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void HistoryTableModel::fetchMore(const QModelIndex& parent)
{
    if (!parent.isValid() && !m_exhausted && !m_loading)
        requestPage();
}

void HistoryTableModel::requestPage()
{
    HistoryQuery page = m_query;
    page.limit = m_pageSize;
    page.after = m_next;
    const quint64 generation = m_generation;
    const bool first = m_pagesLoaded == 0;
    HistoryStore* store = &m_store;
    m_reply.run([store, page] { return store->query(page); },
                [this, generation, first](const HistoryPage& result) { onPage(generation, first, result); });
    setLoading(true);
}

void HistoryTableModel::onPage(quint64 generation, bool first, const HistoryPage& page)
{
    if (generation != m_generation)
        return; // the answer to an earlier query: a newer request is on its way
    if (!page.ok) {
        m_exhausted = true;
        if (first) {
            beginResetModel();
            m_rows.clear();
            endResetModel();
        }
        setLoading(false);
        Q_EMIT errorOccurred(tr("The history could not be read: %1").arg(page.error));
        if (first)
            Q_EMIT queryApplied();
        return;
    }
    QList<ScanRecord> records = page.records;
    // Rows waiting for deletion (or being deleted) stay hidden when a page brings them again.
    records.removeIf([this](const ScanRecord& r) {
        return m_pendingDeletes.contains(r.id) || m_committingDeletes.contains(r.id);
    });
    m_next = page.next;
    m_exhausted = !page.next.has_value();
    m_recentOnly = page.recentOnly;
    ++m_pagesLoaded;
    if (first) {
        beginResetModel();
        m_rows = records;
        endResetModel();
    } else if (!records.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + records.size() - 1));
        m_rows.append(records);
        endInsertRows();
    }
    setLoading(false);
    if (first)
        Q_EMIT queryApplied();
    if (records.isEmpty() && !m_exhausted)
        requestPage(); // everything in it was hidden: no new row would make the view ask again
}

void HistoryTableModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

int HistoryTableModel::rowOf(qint64 id) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == id)
            return int(row);
    return -1;
}

void HistoryTableModel::setSearchText(const QString& text)
{
    m_pendingSearch = text;
    if (m_debounce.interval() <= 0) {
        m_debounce.stop();
        m_query.search = text;
        applyQuery(false);
    } else {
        m_debounce.start();
    }
}

void HistoryTableModel::setTypeFilter(const QString& type)
{
    m_query.types = type.isEmpty() ? QStringList() : QStringList{type};
    applyQuery(false);
}

void HistoryTableModel::setVerdictFilter(const QString& level)
{
    m_query.verdicts = level.isEmpty() ? QStringList() : QStringList{level};
    applyQuery(false);
}

void HistoryTableModel::setSourceFilter(const QString& source)
{
    m_query.sources = source.isEmpty() ? QStringList() : QStringList{source};
    applyQuery(false);
}

void HistoryTableModel::setDateRange(std::optional<qint64> fromMs, std::optional<qint64> toMs)
{
    m_query.from = fromMs;
    m_query.to = toMs;
    applyQuery(false);
}

void HistoryTableModel::reload()
{
    applyQuery(true);
}

void HistoryTableModel::applyQuery(bool keepRows)
{
    ++m_generation; // whatever is still on its way belongs to the query before
    m_next.reset();
    m_exhausted = false;
    m_pagesLoaded = 0;
    if (!keepRows && !m_rows.isEmpty()) {
        // Another query: its rows only, never those of the one before (the view shows loading).
        beginResetModel();
        m_rows.clear();
        endResetModel();
    }
    requestPage();
}

const ScanRecord* HistoryTableModel::record(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

bool HistoryTableModel::setPinned(int row, bool pinned)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const qint64 id = m_rows.at(row).id;
    const bool before = m_rows.at(row).pinned;
    m_rows[row].pinned = pinned;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    HistoryStore* store = &m_store;
    m_reply.run(
        [store, id, pinned] {
            QString error;
            return store->setPinned(id, pinned, &error) ? QString() : error;
        },
        [this, id, before, pinned](const QString& error) {
            if (const int at = rowOf(id); at >= 0) {
                m_rows[at].pinned = error.isEmpty() ? pinned : before;
                Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
            }
            if (!error.isEmpty())
                Q_EMIT errorOccurred(tr("Could not change the pin: %1").arg(error));
        });
    return true;
}

bool HistoryTableModel::deleteRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    beginRemoveRows({}, row, row);
    m_pendingDeletes.append(m_rows.takeAt(row).id);
    endRemoveRows();
    m_undoTimer.start();
    Q_EMIT pendingDeletesChanged(int(m_pendingDeletes.size()));
    return true;
}

bool HistoryTableModel::undoDelete()
{
    if (m_pendingDeletes.isEmpty())
        return false;
    m_pendingDeletes.removeLast();
    applyQuery(true);
    Q_EMIT pendingDeletesChanged(int(m_pendingDeletes.size()));
    return true;
}

void HistoryTableModel::commitDeletes()
{
    m_undoTimer.stop();
    if (m_pendingDeletes.isEmpty())
        return;
    const QList<qint64> ids = std::exchange(m_pendingDeletes, {});
    // Until the store answers, a page read before the deletion could bring these rows back.
    m_committingDeletes.append(ids);
    HistoryStore* store = &m_store;
    m_reply.run(
        [store, ids] {
            QStringList errors;
            for (const qint64 id : ids) {
                QString error;
                if (!store->remove(id, &error)) {
                    qCWarning(lcViewModels, "delete of scan %lld failed: %s", id, qPrintable(error));
                    errors.append(error);
                }
            }
            return errors;
        },
        [this, ids](const QStringList& errors) {
            m_committingDeletes.removeIf([&ids](qint64 id) { return ids.contains(id); });
            for (const QString& error : errors)
                Q_EMIT errorOccurred(tr("A scan could not be deleted: %1").arg(error));
        });
    Q_EMIT pendingDeletesChanged(0);
}

} // namespace SafeScan
