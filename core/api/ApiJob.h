#pragma once

#include "ApiContext.h"
#include "ApiError.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

#include <optional>

class QNetworkReply;

namespace SafeScan {

// One request to one endpoint (subclasses: one per endpoint). start() sends it; finished() comes
// exactly once per start(), always from the event loop (never inside start()), with error() set or
// the subclass's result filled in. A job can be started again (ApiExecutor does so for retries):
// each start clears the previous result. Timeouts go through the context's Scheduler.
class ApiJob : public QObject
{
    Q_OBJECT
public:
    ~ApiJob() override;

    void start();
    // Stops a running attempt; finished() follows with Kind::Cancelled. Nothing when idle.
    void abort();
    bool isRunning() const { return m_running; }

    const ApiError& error() const { return m_error; }
    int httpStatus() const { return m_status; } // of the last answer, 0 when none came
    // Whether sending the same request twice has the effect of sending it once.
    virtual bool isIdempotent() const { return true; }
    // "PUT /v1/votes" for logs (no hashes, tokens or bodies).
    QString describe() const;

signals:
    void finished();

protected:
    struct Request
    {
        QByteArray method;
        QString path; // "/v1/..." (percent-encoding is QUrl's business)
        QUrlQuery query;
        std::optional<QJsonObject> body;
        bool needsToken = false;
        QString logName; // route without item ids, e.g. "/v1/votes"
    };

    ApiJob(const ApiContext& context, QObject* parent);

    virtual Request request() const = 0;
    // Checks the input before sending; an error here finishes the job with Kind::Invalid.
    virtual ApiError validate() const { return {}; }
    // Reads a 2xx answer (`json` is null for an empty body). Returns an empty string when the
    // answer is as promised, else what is wrong with it (→ Kind::Parse).
    virtual QString readResult(int status, const QJsonDocument& json) = 0;
    // Clears the result of a previous start().
    virtual void clearResult() {}

    const ApiContext& context() const { return m_context; }

private:
    void onReplyFinished();
    void onTimeout();
    void finish(ApiError error);
    void finishLater(ApiError error);
    void dropReply();

    ApiContext m_context;
    QPointer<QNetworkReply> m_reply;
    quint64 m_timer = 0;
    quint64 m_generation = 0;
    bool m_running = false;
    int m_status = 0;
    ApiError m_error;
};

} // namespace SafeScan
