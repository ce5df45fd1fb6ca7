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

HistoryTableModel::HistoryTableModel(HistoryStore& store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    m_query.limit = m_pageSize;
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        m_query.search = m_pendingSearch;
        applyQuery();
    });
    m_undoTimer.setSingleShot(true);
    m_undoTimer.setInterval(8000);
    connect(&m_undoTimer, &QTimer::timeout, this, &HistoryTableModel::commitDeletes);
    applyQuery();
}

HistoryTableModel::~HistoryTableModel()
{
    commitDeletes();
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
    const QString note = value.toString();
    QString error;
    if (!m_store.setNote(record.id, note, &error)) {
        Q_EMIT errorOccurred(tr("The note could not be saved: %1").arg(error));
        return false;
    }
    record.note = note;
    Q_EMIT dataChanged(index, index);
    return true;
}

bool HistoryTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void HistoryTableModel::fetchMore(const QModelIndex& parent)
{
    if (!parent.isValid() && !m_exhausted)
        loadPage();
}

std::optional<QList<ScanRecord>> HistoryTableModel::nextPage()
{
    HistoryQuery page = m_query;
    page.limit = m_pageSize;
    page.after = m_next;
    const HistoryPage result = m_store.query(page);
    if (!result.ok) {
        m_exhausted = true;
        Q_EMIT errorOccurred(tr("The history could not be read: %1").arg(result.error));
        return std::nullopt;
    }
    QList<ScanRecord> records = result.records;
    // Rows waiting for deletion stay hidden when a page brings them again.
    records.removeIf([this](const ScanRecord& r) { return m_pendingDeletes.contains(r.id); });
    m_next = result.next;
    m_exhausted = !result.next.has_value();
    m_recentOnly = result.recentOnly;
    ++m_pagesLoaded;
    return records;
}

bool HistoryTableModel::loadPage()
{
    const std::optional<QList<ScanRecord>> records = nextPage();
    if (!records)
        return false;
    if (!records->isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + records->size() - 1));
        m_rows.append(*records);
        endInsertRows();
    }
    return true;
}

void HistoryTableModel::setSearchText(const QString& text)
{
    m_pendingSearch = text;
    if (m_debounce.interval() <= 0) {
        m_debounce.stop();
        m_query.search = text;
        applyQuery();
    } else {
        m_debounce.start();
    }
}

void HistoryTableModel::setTypeFilter(const QString& type)
{
    m_query.types = type.isEmpty() ? QStringList() : QStringList{type};
    applyQuery();
}

void HistoryTableModel::setVerdictFilter(const QString& level)
{
    m_query.verdicts = level.isEmpty() ? QStringList() : QStringList{level};
    applyQuery();
}

void HistoryTableModel::setSourceFilter(const QString& source)
{
    m_query.sources = source.isEmpty() ? QStringList() : QStringList{source};
    applyQuery();
}

void HistoryTableModel::setDateRange(std::optional<qint64> fromMs, std::optional<qint64> toMs)
{
    m_query.from = fromMs;
    m_query.to = toMs;
    applyQuery();
}

void HistoryTableModel::reload()
{
    applyQuery();
}

void HistoryTableModel::applyQuery()
{
    beginResetModel();
    m_rows.clear();
    m_next.reset();
    m_exhausted = false;
    m_pagesLoaded = 0;
    if (const auto first = nextPage())
        m_rows = *first;
    endResetModel();
    Q_EMIT queryApplied();
}

const ScanRecord* HistoryTableModel::record(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

bool HistoryTableModel::setPinned(int row, bool pinned)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    QString error;
    if (!m_store.setPinned(m_rows.at(row).id, pinned, &error)) {
        Q_EMIT errorOccurred(tr("Could not change the pin: %1").arg(error));
        return false;
    }
    m_rows[row].pinned = pinned;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
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
    applyQuery();
    Q_EMIT pendingDeletesChanged(int(m_pendingDeletes.size()));
    return true;
}

void HistoryTableModel::commitDeletes()
{
    m_undoTimer.stop();
    if (m_pendingDeletes.isEmpty())
        return;
    const QList<qint64> ids = std::exchange(m_pendingDeletes, {});
    for (const qint64 id : ids) {
        QString error;
        if (!m_store.remove(id, &error)) {
            qCWarning(lcViewModels, "delete of scan %lld failed: %s", id, qPrintable(error));
            Q_EMIT errorOccurred(tr("A scan could not be deleted: %1").arg(error));
        }
    }
    Q_EMIT pendingDeletesChanged(0);
}

} // namespace SafeScan
