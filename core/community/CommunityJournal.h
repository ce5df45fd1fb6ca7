#pragma once

#include <QList>
#include <QString>

namespace SafeScan {

class AppState;
class Clock;

// A report I sent to the moderators, as the Community view lists it.
struct MyReport
{
    QString hash;  // the item's content hash
    QString label; // what the item was, for me (stays on this device)
    QString reason;
    QString note;
    bool contentShared = false; // I agreed to send the content with it
    qint64 atMs = 0;
    qint64 serverId = 0; // the server's report id; 0 when it could not be sent
    QString error;       // why it could not be sent
    friend bool operator==(const MyReport&, const MyReport&) = default;
};

// What the Community view remembers locally besides my votes (VoteRepository): the reports I sent
// and a short label per item I voted on or reported, so that "my votes" can say what an item was
// (the votes themselves are stored by hash only, SPEC §8). Kept in AppState as JSON, bounded
// (the newest 200 reports and 1000 labels); nothing of it leaves the device.
class CommunityJournal
{
public:
    static constexpr int MaxReports = 200;
    static constexpr int MaxLabels = 1000;

    CommunityJournal(AppState& state, const Clock& clock);

    // Newest first; empty (with `error`) when the stored list cannot be read.
    QList<MyReport> reports(QString* error = nullptr) const;
    // Stores the report (atMs is stamped when 0).
    bool addReport(MyReport report, QString* error = nullptr);

    // The label stored for the item, empty when none.
    QString label(const QString& hash) const;
    bool setLabel(const QString& hash, const QString& label, QString* error = nullptr);

private:
    AppState& m_state;
    const Clock& m_clock;
};

} // namespace SafeScan
