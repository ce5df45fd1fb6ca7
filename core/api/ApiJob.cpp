#include "ApiJob.h"

#include "ApiLog.h"
#include "base/Clock.h"
#include "base/Scheduler.h"

#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace SafeScan {

ApiJob::ApiJob(const ApiContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{
    Q_ASSERT(m_context.network && m_context.clock && m_context.scheduler);
}

ApiJob::~ApiJob()
{
    dropReply();
}

QString ApiJob::describe() const
{
    const Request r = request();
    return QString::fromLatin1(r.method) + u' ' + (r.logName.isEmpty() ? r.path : r.logName);
}

void ApiJob::start()
{
    dropReply();
    ++m_generation;
    m_running = true;
    m_status = 0;
    m_error = {};
    clearResult();

    if (ApiError invalid = validate(); !invalid.ok())
        return finishLater(invalid);
    const Request r = request();
    QString token;
    if (r.needsToken) {
        token = m_context.token ? m_context.token() : QString();
        if (token.isEmpty())
            return finishLater(ApiError::invalid(u"not_signed_in"_s,
                                                 u"This needs a device or session token; sign in first."_s));
    }
    if (!m_context.baseUrl.isValid() || m_context.baseUrl.isRelative())
        return finishLater(ApiError::invalid(u"no_server"_s, u"No valid server address is set."_s));

    QUrl url = m_context.baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + r.path);
    url.setQuery(r.query);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(0); // the Scheduler owns timeouts
    QByteArray body;
    if (r.body) {
        body = QJsonDocument(*r.body).toJson(QJsonDocument::Compact);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    }
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());

    m_reply = m_context.network->sendCustomRequest(request, r.method, body);
    connect(m_reply.data(), &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    const quint64 generation = m_generation;
    m_timer = m_context.scheduler->schedule(m_context.timeoutMs, this, [this, generation] {
        if (generation == m_generation && m_running)
            onTimeout();
    });
    qCDebug(lcApi) << "Sending" << describe();
}

void ApiJob::abort()
{
    if (!m_running)
        return;
    dropReply();
    finish(ApiError::cancelled());
}

void ApiJob::onTimeout()
{
    m_timer = 0;
    dropReply();
    finish(ApiError::timeout(m_context.timeoutMs));
}

void ApiJob::onReplyFinished()
{
    QNetworkReply* reply = m_reply.data();
    if (!reply || sender() != reply)
        return;
    const QVariant statusValue = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QByteArray bytes = reply->readAll();
    const QNetworkReply::NetworkError networkError = reply->error();
    const QString networkText = reply->errorString();
    const QByteArray retryAfter = reply->rawHeader("Retry-After");
    dropReply();

    if (!statusValue.isValid())
        return finish(ApiError::network(
            networkError == QNetworkReply::NoError ? QNetworkReply::UnknownNetworkError : networkError,
            networkText));
    m_status = statusValue.toInt();
    QJsonParseError parseError{};
    const QJsonDocument json =
        bytes.trimmed().isEmpty() ? QJsonDocument() : QJsonDocument::fromJson(bytes, &parseError);
    const bool jsonOk = bytes.trimmed().isEmpty() || parseError.error == QJsonParseError::NoError;

    if (m_status < 200 || m_status > 299)
        return finish(
            ApiError::http(m_status, json.object(), parseRetryAfter(retryAfter, m_context.clock->epochMs())));
    if (!jsonOk)
        return finish(ApiError::parse(u"The answer is not JSON: %1."_s.arg(parseError.errorString())));
    if (const QString problem = readResult(m_status, json); !problem.isEmpty()) {
        clearResult();
        return finish(ApiError::parse(problem));
    }
    finish({});
}

void ApiJob::finish(ApiError error)
{
    if (m_timer) {
        m_context.scheduler->cancel(m_timer);
        m_timer = 0;
    }
    m_running = false;
    m_error = std::move(error);
    if (m_error.ok())
        qCDebug(lcApi) << describe() << "done," << m_status;
    else
        qCDebug(lcApi) << describe() << "failed:" << m_error.toString();
    emit finished();
}

void ApiJob::finishLater(ApiError error)
{
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation, error = std::move(error)] {
            if (generation == m_generation && m_running)
                finish(error);
        },
        Qt::QueuedConnection);
}

void ApiJob::dropReply()
{
    if (m_timer) {
        m_context.scheduler->cancel(m_timer);
        m_timer = 0;
    }
    if (QNetworkReply* reply = m_reply.data()) {
        m_reply.clear();
        disconnect(reply, nullptr, this, nullptr);
        if (reply->isRunning())
            reply->abort();
        reply->deleteLater();
    }
}

} // namespace SafeScan
