#include "FakeNetwork.h"

#include <QBuffer>
#include <QPointer>
#include <QTimer>

namespace SafeScan::Test {

int FakeNetwork::openReplies() const
{
    int open = 0;
    for (const QPointer<QNetworkReply>& reply : m_replies)
        open += reply && reply->isRunning() ? 1 : 0;
    return open;
}

QNetworkReply* FakeNetwork::createRequest(Operation op, const QNetworkRequest& request,
                                          QIODevice* outgoingData)
{
    FakeRequest seen;
    seen.method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    if (seen.method.isEmpty()) {
        switch (op) {
        case GetOperation:
            seen.method = "GET";
            break;
        case PostOperation:
            seen.method = "POST";
            break;
        case PutOperation:
            seen.method = "PUT";
            break;
        case DeleteOperation:
            seen.method = "DELETE";
            break;
        default:
            seen.method = "OTHER";
        }
    }
    seen.url = request.url();
    seen.body = outgoingData ? outgoingData->readAll() : QByteArray();
    seen.authorization = request.rawHeader("Authorization");
    seen.contentType = request.header(QNetworkRequest::ContentTypeHeader).toByteArray();
    m_requests.append(seen);

    FakeResponse response;
    if (!m_script.empty()) {
        response = std::move(m_script.front());
        m_script.pop_front();
    } else if (m_handler) {
        response = m_handler(seen);
    } else {
        response = FakeResponse::json(599, R"({"error":"no_scripted_answer"})");
    }
    auto* reply = new FakeReply(request, op, seen.method, std::move(response), this);
    m_replies.append(reply);
    return reply;
}

FakeReply::FakeReply(const QNetworkRequest& request, QNetworkAccessManager::Operation op,
                     const QByteArray& method, FakeResponse response, QObject* parent)
    : QNetworkReply(parent)
    , m_response(std::move(response))
{
    setRequest(request);
    setUrl(request.url());
    setOperation(op);
    setAttribute(QNetworkRequest::CustomVerbAttribute, method);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    if (!m_response.hang)
        QTimer::singleShot(0, this, &FakeReply::deliver);
}

void FakeReply::deliver()
{
    if (isFinished())
        return;
    if (m_response.status > 0) {
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
        for (const auto& [name, value] : std::as_const(m_response.headers))
            setRawHeader(name, value);
        m_pending = m_response.body;
        if (m_response.status >= 400)
            setError(m_response.status >= 500 ? InternalServerError : ContentAccessDenied,
                     QStringLiteral("HTTP error"));
        emit metaDataChanged();
        if (!m_pending.isEmpty())
            emit readyRead();
    } else {
        setError(m_response.error, QStringLiteral("Scripted network error"));
        emit errorOccurred(m_response.error);
    }
    setFinished(true);
    emit finished();
}

void FakeReply::abort()
{
    if (isFinished())
        return;
    setError(OperationCanceledError, QStringLiteral("Operation canceled"));
    setFinished(true);
    emit errorOccurred(OperationCanceledError);
    emit finished();
}

qint64 FakeReply::bytesAvailable() const
{
    return m_pending.size() + QIODevice::bytesAvailable();
}

qint64 FakeReply::readData(char* data, qint64 maxSize)
{
    const qint64 n = std::min<qint64>(maxSize, m_pending.size());
    std::copy_n(m_pending.constData(), n, data);
    m_pending.remove(0, n);
    return n;
}

} // namespace SafeScan::Test
