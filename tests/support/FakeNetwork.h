#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QUrl>

#include <deque>
#include <functional>

namespace SafeScan::Test {

// A scripted answer for FakeNetwork.
struct FakeResponse
{
    int status = 200; // 0: no HTTP answer, `error` instead
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    bool hang = false; // never finishes on its own (for timeouts)

    static FakeResponse json(int status, const QByteArray& body)
    {
        return {status, body, {}, QNetworkReply::NoError, false};
    }
    static FakeResponse networkError(QNetworkReply::NetworkError error) { return {0, {}, {}, error, false}; }
    static FakeResponse hanging() { return {0, {}, {}, QNetworkReply::NoError, true}; }
};

// A request the fake saw.
struct FakeRequest
{
    QByteArray method;
    QUrl url;
    QByteArray body;
    QByteArray authorization;
    QByteArray contentType;
};

// A QNetworkAccessManager that never touches the network: createRequest() answers from a script
// (FIFO; then the fallback handler; else 599 "no scripted answer") with a FakeReply that finishes
// from the event loop, like a real one.
class FakeNetwork final : public QNetworkAccessManager
{
    Q_OBJECT
public:
    using Handler = std::function<FakeResponse(const FakeRequest&)>;

    void enqueue(FakeResponse response) { m_script.push_back(std::move(response)); }
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<FakeRequest>& requests() const { return m_requests; }
    int openReplies() const;

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request,
                                 QIODevice* outgoingData) override;

private:
    std::deque<FakeResponse> m_script;
    Handler m_handler;
    QList<FakeRequest> m_requests;
    QList<QPointer<QNetworkReply>> m_replies;
};

// The reply FakeNetwork hands out.
class FakeReply final : public QNetworkReply
{
    Q_OBJECT
public:
    FakeReply(const QNetworkRequest& request, QNetworkAccessManager::Operation op, const QByteArray& method,
              FakeResponse response, QObject* parent);

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;

private:
    void deliver();

    FakeResponse m_response;
    QByteArray m_pending;
};

} // namespace SafeScan::Test
