#include "CommunityClient.h"

#include "ViewModelsLog.h"
#include "api/ApiExecutor.h"
#include "api/CreateReportJob.h"
#include "community/CommunityJournal.h"
#include "community/RatingService.h"
#include "sync/OutboxSender.h"

#include <QCoreApplication>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace SafeScan {

bool CommunityAccount::canModerate() const
{
    return kind == Kind::Account && (role == u"moderator"_s || role == u"admin"_s);
}

bool CommunityAccount::canAnalyse() const
{
    return kind == Kind::Account && (role == u"analyst"_s || role == u"admin"_s);
}

QString CommunityAccount::describe() const
{
    switch (kind) {
    case Kind::None:
        return QCoreApplication::translate("SafeScan::CommunityAccount",
                                           "Not connected: no device token and not signed in");
    case Kind::Device:
        return QCoreApplication::translate("SafeScan::CommunityAccount",
                                           "This device (anonymous device token), not signed in");
    case Kind::Account:
        return QCoreApplication::translate("SafeScan::CommunityAccount", "Signed in as %1 (%2)")
            .arg(username, role.isEmpty() ? u"user"_s : role);
    }
    return {};
}

CommunityClient::CommunityClient(const CommunityServices& services, QObject* parent)
    : QObject(parent)
    , m_services(services)
{
    Q_ASSERT(services.ratings && services.executor && services.votes && services.journal && services.clock);
    connect(services.ratings, &RatingService::ratingChanged, this, &CommunityClient::ratingUpdated);
}

void CommunityClient::setAccount(const CommunityAccount& account)
{
    if (account == m_account)
        return;
    m_account = account;
    emit accountChanged(m_account);
}

void CommunityClient::applyRatingUpdate(const RatingInfo& rating)
{
    emit ratingUpdated(rating.hash, rating);
}

void CommunityClient::report(const QString& hash, const QString& label, const QString& reason,
                             const QString& note, const std::optional<QString>& content, QObject* receiver,
                             ReportCallback done)
{
    if (m_services.outbox) {
        m_services.outbox->report(
            hash, reason, note, content, this,
            [this, hash, label, reason, note, shared = content.has_value(),
             receiver = QPointer<QObject>(receiver), done = std::move(done)](const ReportResult& result) {
                QString status;
                if (!result.queued)
                    status = result.localError;
                else if (!result.sent)
                    status =
                        tr("Queued: sent when the server can be reached (%1)").arg(result.error.toString());
                MyReport entry{hash, label, reason, note, shared, 0, result.reportId, status};
                QString error;
                if (!m_services.journal->addReport(entry, &error))
                    qCWarning(lcViewModels) << "Cannot remember the report:" << error;
                if (!label.isEmpty())
                    m_services.journal->setLabel(hash, label);
                emit reportsChanged();
                if (receiver)
                    done(result.reportId, result.queued
                                              ? result.error
                                              : ApiError::invalid(u"local_database"_s, result.localError));
            });
        return;
    }
    CreateReportJob::Report body{hash, reason, note, content};
    auto* job = new CreateReportJob(m_services.reportContext, body);
    m_services.executor->run(
        job, this,
        [this, hash, label, reason, note, shared = content.has_value(),
         receiver = QPointer<QObject>(receiver), done = std::move(done)](const ApiCall& call) {
            const qint64 id =
                call.error().ok() ? static_cast<const CreateReportJob*>(call.job())->reportId() : 0;
            MyReport entry{hash,   label, reason, note,
                           shared, 0,     id,     call.error().ok() ? QString() : call.error().toString()};
            QString error;
            if (!m_services.journal->addReport(entry, &error))
                qCWarning(lcViewModels) << "Cannot remember the report:" << error;
            if (!label.isEmpty())
                m_services.journal->setLabel(hash, label);
            emit reportsChanged();
            if (receiver)
                done(id, call.error());
        });
}

} // namespace SafeScan
