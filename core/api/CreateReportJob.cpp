#include "CreateReportJob.h"

#include "HexText.h"

using namespace Qt::StringLiterals;

namespace SafeScan {

CreateReportJob::CreateReportJob(const ApiContext& context, Report report, QObject* parent)
    : ApiJob(context, parent)
    , m_report(std::move(report))
{
    m_report.hash = m_report.hash.toLower();
}

CreateReportJob::CreateReportJob(const ApiContext& context, Report report, QString requestId, QObject* parent)
    : CreateReportJob(context, std::move(report), parent)
{
    m_requestId = std::move(requestId);
}

ApiJob::Request CreateReportJob::request() const
{
    QJsonObject body{{u"hash"_s, m_report.hash}, {u"reason"_s, m_report.reason}};
    if (!m_report.note.isEmpty())
        body.insert(u"note"_s, m_report.note);
    if (m_report.content)
        body.insert(u"content"_s, *m_report.content);
    if (!m_requestId.isEmpty())
        body.insert(u"request_id"_s, m_requestId);
    return {"POST", u"/v1/reports"_s, {}, body, true, {}};
}

ApiError CreateReportJob::validate() const
{
    if (!isHexText(m_report.hash, 64))
        return ApiError::invalid(u"invalid_hash"_s, u"An item hash is 64 hex digits."_s);
    static const QStringList reasons{u"phishing"_s, u"malware"_s, u"scam"_s, u"other"_s};
    if (!reasons.contains(m_report.reason))
        return ApiError::invalid(u"invalid_reason"_s,
                                 u"A report reason is phishing, malware, scam or other."_s);
    if (m_report.note.size() > 500)
        return ApiError::invalid(u"invalid_note"_s, u"A report note is at most 500 characters."_s);
    if (m_report.content && m_report.content->toUtf8().size() > 4096)
        return ApiError::invalid(u"invalid_content"_s, u"Shared content is at most 4096 bytes."_s);
    return {};
}

QString CreateReportJob::readResult(int, const QJsonDocument& json)
{
    const QJsonValue id = json.object().value(u"id"_s);
    if (!id.isDouble() || id.toDouble() < 1)
        return u"The answer has no report id."_s;
    m_id = qint64(id.toDouble());
    return {};
}

} // namespace SafeScan
