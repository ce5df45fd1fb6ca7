#pragma once

#include <QDialog>

class QPlainTextEdit;
class QPushButton;

namespace SafeScan {

// Confirms one moderation action: what it does, on what, and the reason the moderator must give
// (the confirm button stays disabled until there is one; at most 500 characters).
class ModerationActionDialog : public QDialog
{
    Q_OBJECT
public:
    ModerationActionDialog(const QString& actionLabel, const QString& effect, const QString& subject,
                           QWidget* parent = nullptr);

    QString reason() const;
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QPushButton* confirmButton() const { return m_confirm; }

private:
    QPlainTextEdit* m_reason;
    QPushButton* m_confirm;
};

} // namespace SafeScan
