#pragma once

#include <QFrame>

class QLabel;

namespace SafeScan {

// A strip across the top of the window that tells, once, what the store's check on open found
// (a damaged history set aside and restored from a backup, an unusable store, a failed backup).
// It stays until the user dismisses it.
class RecoveryBanner : public QFrame
{
    Q_OBJECT
public:
    explicit RecoveryBanner(QWidget* parent = nullptr);

    void showProblem(const QString& message, const QString& detail);
    QString message() const;

private:
    QLabel* m_icon;
    QLabel* m_text;
};

} // namespace SafeScan
