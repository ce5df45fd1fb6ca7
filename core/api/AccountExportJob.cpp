#include "AccountExportJob.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace SafeScan {

AccountExportJob::AccountExportJob(const ApiContext& context, QObject* parent)
    : ApiJob(context, parent)
{}

ApiJob::Request AccountExportJob::request() const
{
    return {"GET", u"/v1/account/export"_s, {}, std::nullopt, true, {}};
}

QString AccountExportJob::readResult(int, const QJsonDocument& json)
{
    m_document = json.object();
    if (!m_document.value(u"account"_s).isObject())
        return u"The export has no account."_s;
    for (const QString& list : {u"votes"_s, u"reports"_s, u"sync_records"_s})
        if (!m_document.value(list).isArray())
            return u"The export has no list of %1."_s.arg(list);
    return {};
}

void AccountExportJob::clearResult()
{
    m_document = {};
}

qsizetype AccountExportJob::voteCount() const
{
    return m_document.value(u"votes"_s).toArray().size();
}

qsizetype AccountExportJob::reportCount() const
{
    return m_document.value(u"reports"_s).toArray().size();
}

qsizetype AccountExportJob::syncRecordCount() const
{
    return m_document.value(u"sync_records"_s).toArray().size();
}

} // namespace SafeScan
