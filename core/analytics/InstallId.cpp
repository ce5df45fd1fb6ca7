#include "InstallId.h"

#include "AnalyticsLog.h"
#include "api/HexText.h"
#include "base/Clock.h"
#include "localdata/AppState.h"

#include <QRandomGenerator>

#include <array>

using namespace Qt::StringLiterals;

namespace SafeScan {

InstallId::InstallId(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

qint64 InstallId::utcDay(qint64 epochMs)
{
    constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
    return epochMs >= 0 ? epochMs / kDayMs : (epochMs - kDayMs + 1) / kDayMs;
}

QString InstallId::idKey()
{
    return u"analytics.install_id"_s;
}

QString InstallId::dayKey()
{
    return u"analytics.install_id_day"_s;
}

QString InstallId::randomId()
{
    std::array<quint32, 4> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    QByteArray bytes(reinterpret_cast<const char*>(words.data()), qsizetype(sizeof(words)));
    return QString::fromLatin1(bytes.toHex());
}

QString InstallId::current(QString* error)
{
    const qint64 today = utcDay(m_clock.epochMs());
    if (m_day == today && !m_id.isEmpty())
        return m_id;
    AppState state(m_database);
    const QString stored = state.text(idKey());
    if (state.integer(dayKey(), -1) == today && isHexText(stored, 32) && stored == stored.toLower()) {
        m_day = today;
        m_id = stored;
        return m_id;
    }
    m_day = today;
    m_id = randomId();
    QString why;
    // The id first: a crash between the two writes leaves the old day, so the next start rotates.
    if (!state.setValue(idKey(), m_id, &why) || !state.setValue(dayKey(), today, &why)) {
        qCWarning(lcAnalytics) << "The new install id could not be stored:" << why;
        if (error)
            *error = why;
    }
    return m_id;
}

} // namespace SafeScan
