#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace SafeScan {

// Reporting an item to the moderators: a reason, an optional note, and an explicit consent to
// share the scanned content, unchecked by default (SPEC §8: content only with consent).
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    ReportDialog(const QString& itemLabel, const QString& content, QWidget* parent = nullptr);

    QString reason() const; // phishing, malware, scam, other
    QString note() const;
    bool shareContent() const;

    // For tests and keyboard users alike: the controls.
    QComboBox* reasonBox() const { return m_reason; }
    QLineEdit* noteEdit() const { return m_note; }
    QCheckBox* consentBox() const { return m_consent; }
    QPushButton* sendButton() const { return m_send; }

private:
    QComboBox* m_reason;
    QLineEdit* m_note;
    QCheckBox* m_consent;
    QPushButton* m_send;
};

} // namespace SafeScan
