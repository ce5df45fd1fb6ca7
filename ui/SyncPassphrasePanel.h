#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace SafeScan {

class SyncPassphraseModel;

// Inside the Settings view: the passphrase of the end-to-end encrypted history sync
// (SyncPassphraseModel). Off: choose a passphrase on the account's first device (typed twice,
// with a strength hint) or enter it on another device. On: turn sync off on this device. Wrong
// passphrases, refused ones and a missing keychain are said in words under the fields.
class SyncPassphrasePanel : public QWidget
{
    Q_OBJECT
public:
    explicit SyncPassphrasePanel(SyncPassphraseModel& model, QWidget* parent = nullptr);

    QRadioButton* firstDeviceButton() const { return m_firstDevice; }
    QRadioButton* joinButton() const { return m_join; }
    QLineEdit* passphraseField() const { return m_passphrase; }
    QLineEdit* repeatField() const { return m_repeat; }
    QPushButton* turnOnButton() const { return m_turnOn; }
    QPushButton* turnOffButton() const { return m_turnOff; }
    QString statusText() const;
    QString strengthText() const;
    QString errorText() const;   // empty when hidden
    QString storageText() const; // empty when hidden

private:
    void update();
    void turnOn();
    void showStrength();

    SyncPassphraseModel& m_model;
    QLabel* m_status;
    QLabel* m_storage;
    QRadioButton* m_firstDevice;
    QRadioButton* m_join;
    QLineEdit* m_passphrase;
    QLineEdit* m_repeat;
    QLabel* m_strength;
    QPushButton* m_turnOn;
    QPushButton* m_turnOff;
    QLabel* m_change;
    QLabel* m_error;
    QFormLayout* m_form = nullptr;
};

} // namespace SafeScan
