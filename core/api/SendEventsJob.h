#pragma once

#include "ApiJob.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace SafeScan {

// POST /v1/events (ANALYTICS_CONTRACT / docs/api.md): one batch of analytics events under the
// install id of the day they were recorded. Idempotent: the server deduplicates by event id, so a
// batch sent twice is counted once. A 200 means every event of the batch was dealt with (accepted,
// a duplicate or rejected on its own); only a failed request leaves them to be sent again.
class SendEventsJob final : public ApiJob
{
    Q_OBJECT
public:
    struct Event
    {
        QString id;   // UUID, 36 characters
        QString type; // app_start, scan, vote, report, sync, error
        qint64 timeMs = 0;
        QJsonObject props;
    };
    struct Rejection
    {
        QString id; // the event id (or its index in the batch, as text)
        QString error;
        QString message;
    };
    static constexpr int kMaxEvents = 500;

    SendEventsJob(const ApiContext& context, QString installId, QList<Event> events,
                  QObject* parent = nullptr);

    int accepted() const { return m_accepted; }
    int duplicates() const { return m_duplicates; }
    const QList<Rejection>& rejected() const { return m_rejected; }
    const QList<Event>& events() const { return m_events; }

protected:
    Request request() const override;
    ApiError validate() const override;
    QString readResult(int status, const QJsonDocument& json) override;
    void clearResult() override;

private:
    QString m_installId;
    QList<Event> m_events;
    int m_accepted = 0;
    int m_duplicates = 0;
    QList<Rejection> m_rejected;
};

} // namespace SafeScan
