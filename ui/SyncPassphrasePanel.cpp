#include "SyncPassphrasePanel.h"

#include "viewmodels/SyncPassphraseModel.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

QLabel* wrappedLabel(const QString& accessible, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setAccessibleName(accessible);
    return label;
}

QString strengthWord(PassphraseStrength::Level level)
{
    switch (level) {
    case PassphraseStrength::Level::Empty:
        return {};
    case PassphraseStrength::Level::TooShort:
    case PassphraseStrength::Level::Weak:
        return SyncPassphrasePanel::tr("✗");
    case PassphraseStrength::Level::Fair:
        return SyncPassphrasePanel::tr("✓");
    case PassphraseStrength::Level::Strong:
        return SyncPassphrasePanel::tr("✓✓");
    }
    return {};
}

} // namespace

SyncPassphrasePanel::SyncPassphrasePanel(SyncPassphraseModel& model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_status(wrappedLabel(tr("History sync status"), this))
    , m_storage(wrappedLabel(tr("Where the sync key is kept"), this))
    , m_firstDevice(new QRadioButton(tr("This is my &first device: choose a passphrase"), this))
    , m_join(new QRadioButton(tr("&Join with the passphrase of another device"), this))
    , m_passphrase(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_strength(wrappedLabel(tr("Passphrase strength"), this))
    , m_turnOn(new QPushButton(tr("Turn on history s&ync"), this))
    , m_turnOff(new QPushButton(tr("Turn sync off on this de&vice"), this))
    , m_change(wrappedLabel(tr("Changing the passphrase"), this))
    , m_error(wrappedLabel(tr("Sync passphrase problem"), this))
{
    setAccessibleName(tr("History sync passphrase"));
    m_firstDevice->setAccessibleName(tr("This is my first device: choose a new sync passphrase"));
    m_join->setAccessibleName(tr("Enter the sync passphrase chosen on another device"));
    auto* mode = new QButtonGroup(this);
    mode->addButton(m_firstDevice);
    mode->addButton(m_join);
    m_firstDevice->setChecked(true);
    m_passphrase->setAccessibleName(tr("Sync passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_repeat->setAccessibleName(tr("Sync passphrase again"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_turnOn->setAccessibleName(tr("Turn on history sync with this passphrase"));
    m_turnOff->setAccessibleName(tr("Turn history sync off on this device and forget the key"));
    m_storage->setStyleSheet(u"color: #8a4b00;"_s);
    m_storage->hide();
    m_error->setStyleSheet(u"color: #b71c1c; font-weight: bold;"_s);
    m_error->hide();
    m_change->setText(SyncPassphraseModel::changeUnsupportedText());

    auto* layout = new QFormLayout(this);
    m_form = layout;
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addRow(m_status);
    layout->addRow(m_storage);
    layout->addRow(m_firstDevice);
    layout->addRow(m_join);
    layout->addRow(tr("Passp&hrase:"), m_passphrase);
    layout->addRow(tr("R&epeat it:"), m_repeat);
    layout->addRow(QString(), m_strength);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_turnOn);
    buttons->addWidget(m_turnOff);
    buttons->addStretch(1);
    layout->addRow(buttons);
    layout->addRow(m_error);
    layout->addRow(m_change);

    connect(m_firstDevice, &QRadioButton::toggled, this, &SyncPassphrasePanel::update);
    connect(m_passphrase, &QLineEdit::textChanged, this, &SyncPassphrasePanel::showStrength);
    connect(m_passphrase, &QLineEdit::returnPressed, this, [this] {
        if (m_join->isChecked())
            turnOn();
        else
            m_repeat->setFocus();
    });
    connect(m_repeat, &QLineEdit::returnPressed, this, &SyncPassphrasePanel::turnOn);
    connect(m_turnOn, &QPushButton::clicked, this, &SyncPassphrasePanel::turnOn);
    connect(m_turnOff, &QPushButton::clicked, &m_model, &SyncPassphraseModel::turnOff);
    connect(&m_model, &SyncPassphraseModel::stateChanged, this, &SyncPassphrasePanel::update);
    connect(&m_model, &SyncPassphraseModel::failed, this, [this](const QString& message) {
        m_error->setText(tr("⚠ %1").arg(message));
        m_error->setAccessibleDescription(message);
        m_error->show();
    });
    showStrength();
    update();
}

void SyncPassphrasePanel::turnOn()
{
    m_error->hide();
    const bool started = m_firstDevice->isChecked()
                             ? m_model.setPassphrase(m_passphrase->text(), m_repeat->text())
                             : m_model.enterPassphrase(m_passphrase->text());
    if (started) {
        m_passphrase->clear();
        m_repeat->clear();
    }
}

void SyncPassphrasePanel::showStrength()
{
    const bool choosing = m_firstDevice->isChecked();
    const PassphraseStrength strength = SyncPassphraseModel::strength(m_passphrase->text());
    const QString word = strengthWord(strength.level);
    m_strength->setText(word.isEmpty() ? strength.hint : word + u' ' + strength.hint);
    m_strength->setAccessibleDescription(strength.hint);
    m_strength->setVisible(choosing);
}

void SyncPassphrasePanel::update()
{
    using State = SyncPassphraseModel::State;
    const State state = m_model.state();
    const bool entering = state == State::Off;
    const bool choosing = m_firstDevice->isChecked();
    m_status->setText(m_model.statusText());
    const QString storage = m_model.storageNotice();
    m_storage->setText(storage.isEmpty() ? QString() : tr("⚠ %1").arg(storage));
    m_storage->setVisible(!storage.isEmpty());
    for (QWidget* widget : {static_cast<QWidget*>(m_firstDevice), static_cast<QWidget*>(m_join)})
        widget->setVisible(entering);
    m_form->setRowVisible(m_passphrase, entering);
    m_form->setRowVisible(m_repeat, entering && choosing);
    m_passphrase->setPlaceholderText(choosing ? tr("Several words you do not use anywhere else")
                                              : tr("The passphrase of your other device"));
    m_turnOn->setVisible(entering);
    m_turnOn->setEnabled(entering);
    m_turnOff->setVisible(state == State::On || state == State::Checking);
    m_change->setVisible(state == State::On);
    m_strength->setVisible(entering && choosing);
    if (state == State::On && m_model.lastError().isEmpty())
        m_error->hide();
}

QString SyncPassphrasePanel::statusText() const
{
    return m_status->text();
}

QString SyncPassphrasePanel::strengthText() const
{
    return m_strength->text();
}

QString SyncPassphrasePanel::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString SyncPassphrasePanel::storageText() const
{
    return m_storage->isHidden() ? QString() : m_storage->text();
}

} // namespace SafeScan
