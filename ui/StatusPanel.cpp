#include "StatusPanel.h"

#include "viewmodels/StatusViewModel.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {
constexpr Service kServices[3] = {Service::Api, Service::Live, Service::Analytics};
}

StatusPanel::StatusPanel(StatusViewModel& model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_outbox(new QLabel(this))
    , m_lastSync(new QLabel(this))
    , m_syncError(new QLabel(this))
    , m_roundTrip(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setAccessibleName(tr("Status"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_progress->setAccessibleName(tr("Progress of the work under way"));
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_cancel->setAccessibleName(tr("Cancel the work under way"));
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    for (int i = 0; i < 3; ++i) {
        m_serviceIcons[i] = new QLabel(this);
        m_serviceIcons[i]->setFixedSize(16, 16);
        m_services[i] = new QLabel(this);
        m_services[i]->setAccessibleName(tr("%1 status").arg(StatusViewModel::serviceLabel(kServices[i])));
        layout->addWidget(m_serviceIcons[i]);
        layout->addWidget(m_services[i]);
    }
    m_outbox->setAccessibleName(tr("Changes waiting to sync"));
    m_lastSync->setAccessibleName(tr("Last sync"));
    m_syncError->setAccessibleName(tr("Sync problem"));
    m_syncError->setMaximumWidth(320);
    m_roundTrip->setAccessibleName(tr("Live round-trip time"));
    layout->addWidget(m_outbox);
    layout->addWidget(m_lastSync);
    layout->addWidget(m_syncError);
    layout->addWidget(m_roundTrip);

    connect(&m_model, &StatusViewModel::changed, this, &StatusPanel::update);
    connect(m_cancel, &QPushButton::clicked, &m_model, &StatusViewModel::requestCancel);
    // "5 minutes ago" moves on by itself.
    auto* tick = new QTimer(this);
    tick->setInterval(30'000);
    connect(tick, &QTimer::timeout, this, &StatusPanel::update);
    tick->start();
    update();
}

void StatusPanel::update()
{
    for (int i = 0; i < 3; ++i) {
        const ServiceState state = m_model.serviceState(kServices[i]);
        const QString path = StatusViewModel::stateIconPath(state);
        if (path != m_iconPaths[i]) {
            m_iconPaths[i] = path;
            m_serviceIcons[i]->setPixmap(QIcon(path).pixmap(16, 16, QIcon::Normal));
        }
        m_services[i]->setText(m_model.serviceText(kServices[i]));
    }
    m_outbox->setText(m_model.outboxText());
    m_lastSync->setText(m_model.lastSyncText());
    m_syncError->setText(m_model.syncErrorText());
    m_syncError->setToolTip(m_model.syncErrorText());
    m_syncError->setVisible(!m_model.syncError().isEmpty());
    m_roundTrip->setText(m_model.roundTripText());
    m_roundTrip->setVisible(m_model.roundTripMs().has_value());

    const std::optional<StatusViewModel::Work> work = m_model.currentWork();
    m_progress->setVisible(work.has_value());
    m_cancel->setVisible(work && work->cancellable);
    if (work) {
        if (work->total > 0) {
            m_progress->setRange(0, int(qMin<qint64>(work->total, INT_MAX)));
            m_progress->setValue(int(qMin<qint64>(work->done, INT_MAX)));
        } else {
            m_progress->setRange(0, 0);
        }
        m_progress->setFormat(m_model.workText());
        m_progress->setToolTip(m_model.workText());
        m_cancel->setAccessibleName(tr("Cancel: %1").arg(work->label));
    }
}

QString StatusPanel::serviceText(Service service) const
{
    for (int i = 0; i < 3; ++i)
        if (kServices[i] == service)
            return m_services[i]->text();
    return {};
}

QString StatusPanel::serviceIconPath(Service service) const
{
    for (int i = 0; i < 3; ++i)
        if (kServices[i] == service)
            return m_iconPaths[i];
    return {};
}

QString StatusPanel::outboxText() const
{
    return m_outbox->text();
}

QString StatusPanel::lastSyncText() const
{
    return m_lastSync->text();
}

QString StatusPanel::syncErrorText() const
{
    return m_syncError->isHidden() ? QString() : m_syncError->text();
}

QString StatusPanel::roundTripText() const
{
    return m_roundTrip->isHidden() ? QString() : m_roundTrip->text();
}

QString StatusPanel::workText() const
{
    return m_progress->isHidden() ? QString() : m_model.workText();
}

} // namespace SafeScan
