#pragma once

#include <QString>

namespace SafeScan {

class Clock;
class Database;

// The install id sent with analytics events (SPEC §10): 32 random lowercase hex digits that say
// nothing about the machine or the user, replaced by a new random value on every UTC day so that
// no identifier links one day's events to another's. The current id and its day are kept in
// app_state (keys idKey() and dayKey()); the previous day's id is overwritten, never kept.
class InstallId
{
public:
    InstallId(Database& database, const Clock& clock);

    // The id of the current UTC day, made and stored when the stored one is of another day (or
    // missing or damaged). When the store cannot be written the new id is still used for the
    // rest of the day in this process (and `error` says why it was not stored).
    QString current(QString* error = nullptr);

    static qint64 utcDay(qint64 epochMs); // days since 1970-01-01 (UTC)
    static QString idKey();               // "analytics.install_id"
    static QString dayKey();              // "analytics.install_id_day"
    static QString randomId();            // 32 lowercase hex digits from the system's CSPRNG

private:
    Database& m_database;
    const Clock& m_clock;
    qint64 m_day = -1;
    QString m_id;
};

} // namespace SafeScan
