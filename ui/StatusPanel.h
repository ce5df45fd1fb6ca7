#pragma once

#include "api/ServiceHealth.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace SafeScan {

class StatusViewModel;

// The permanent part of the status bar: one icon + word per service (API, live, analytics), the
// outbox depth, the last sync (and why it failed, when it did), the live round-trip time when known, and the
// long work in progress with its Cancel button. Presents a StatusViewModel.
class StatusPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StatusPanel(StatusViewModel& model, QWidget* parent = nullptr);

    QString serviceText(Service service) const;
    QString outboxText() const;
    QString lastSyncText() const;
    QString syncErrorText() const; // empty when the last sync succeeded
    QString roundTripText() const;
    QString workText() const;
    QProgressBar* progressBar() const { return m_progress; }
    QPushButton* cancelButton() const { return m_cancel; }
    // The icon resource the service's label shows (one per state).
    QString serviceIconPath(Service service) const;

private:
    void update();

    StatusViewModel& m_model;
    QLabel* m_serviceIcons[3];
    QLabel* m_services[3];
    QLabel* m_outbox;
    QLabel* m_lastSync;
    QLabel* m_syncError;
    QLabel* m_roundTrip;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QString m_iconPaths[3];
};

} // namespace SafeScan
