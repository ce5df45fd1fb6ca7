#include "CommunityJournal.h"

#include "CommunityLog.h"
#include "base/Clock.h"
#include "localdata/AppState.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

const QString kReportsKey = u"community.my_reports"_s;
const QString kLabelsKey = u"community.item_labels"_s;

QJsonArray storedArray(const AppState& state, const QString& key)
{
    const QString text = state.text(key);
    if (text.isEmpty())
        return {};
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray()) {
        qCWarning(lcCommunity) << "Ignoring an unreadable" << key << ":" << error.errorString();
        return {};
    }
    return document.array();
}

bool store(AppState& state, const QString& key, const QJsonArray& array, QString* error)
{
    return state.setValue(key, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)), error);
}

} // namespace

CommunityJournal::CommunityJournal(AppState& state, const Clock& clock)
    : m_state(state)
    , m_clock(clock)
{}

QList<MyReport> CommunityJournal::reports(QString*) const
{
    QList<MyReport> list;
    for (const QJsonValue& value : storedArray(m_state, kReportsKey)) {
        const QJsonObject o = value.toObject();
        MyReport report;
        report.hash = o.value(u"hash"_s).toString();
        report.label = o.value(u"label"_s).toString();
        report.reason = o.value(u"reason"_s).toString();
        report.note = o.value(u"note"_s).toString();
        report.contentShared = o.value(u"shared"_s).toBool();
        report.atMs = qint64(o.value(u"at"_s).toDouble());
        report.serverId = qint64(o.value(u"id"_s).toDouble());
        report.error = o.value(u"error"_s).toString();
        if (!report.hash.isEmpty())
            list.prepend(report);
    }
    return list;
}

bool CommunityJournal::addReport(MyReport report, QString* error)
{
    if (report.atMs == 0)
        report.atMs = m_clock.epochMs();
    QJsonArray array = storedArray(m_state, kReportsKey);
    array.append(QJsonObject{{u"hash"_s, report.hash},
                             {u"label"_s, report.label},
                             {u"reason"_s, report.reason},
                             {u"note"_s, report.note},
                             {u"shared"_s, report.contentShared},
                             {u"at"_s, report.atMs},
                             {u"id"_s, report.serverId},
                             {u"error"_s, report.error}});
    while (array.size() > MaxReports)
        array.removeFirst();
    return store(m_state, kReportsKey, array, error);
}

QString CommunityJournal::label(const QString& hash) const
{
    const QJsonArray array = storedArray(m_state, kLabelsKey);
    for (qsizetype i = array.size() - 1; i >= 0; --i) {
        const QJsonArray pair = array.at(i).toArray();
        if (pair.size() == 2 && pair.at(0).toString() == hash)
            return pair.at(1).toString();
    }
    return {};
}

bool CommunityJournal::setLabel(const QString& hash, const QString& label, QString* error)
{
    QJsonArray array = storedArray(m_state, kLabelsKey);
    for (qsizetype i = array.size() - 1; i >= 0; --i)
        if (array.at(i).toArray().at(0).toString() == hash)
            array.removeAt(i);
    array.append(QJsonArray{hash, label});
    while (array.size() > MaxLabels)
        array.removeFirst();
    return store(m_state, kLabelsKey, array, error);
}

} // namespace SafeScan
