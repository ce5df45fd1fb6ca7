#include "SettingsView.h"

#include "AccountPanel.h"
#include "BackupPanel.h"
#include "SyncPassphrasePanel.h"
#include "Theme.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QCameraDevice>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMediaDevices>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SafeScan {

using Field = SettingsViewModel::Field;

namespace {

QComboBox* choiceBox(const QList<SettingsViewModel::Choice>& choices, const QString& accessible,
                     QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->setAccessibleName(accessible);
    box->setToolTip(accessible);
    for (const SettingsViewModel::Choice& choice : choices)
        box->addItem(choice.label, choice.value);
    return box;
}

QCheckBox* checkBox(const QString& text, const QString& accessible, QWidget* parent)
{
    auto* box = new QCheckBox(text, parent);
    box->setAccessibleName(accessible);
    box->setToolTip(accessible);
    return box;
}

QLabel* note(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setAccessibleName(text);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
    return label;
}

void selectData(QComboBox* box, const QVariant& value)
{
    const int index = box->findData(value);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

SettingsView::SettingsView(SettingsViewModel& model, BackupPanel* backups, AccountPanel* account,
                           QWidget* parent, SyncPassphrasePanel* sync)
    : QWidget(parent)
    , m_model(model)
{
    setAccessibleName(tr("Settings"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Settings"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto* page = new QWidget(scroll);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 16, 24, 16);
    scroll->setWidget(page);

    m_warnings = new QLabel(page);
    m_warnings->setWordWrap(true);
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warnings->setAccessibleName(tr("Problems with the settings file"));
    m_warnings->setObjectName(u"settingsWarnings"_s);
    m_warnings->setStyleSheet(
        u"#settingsWarnings { background: #fff4e5; color: #3e2723; border: 1px solid #f9a825; padding: 8px; }"_s);
    const QStringList warnings = model.warnings();
    m_warnings->setText(tr("⚠ Warning: %1").arg(warnings.join(u"\n"_s)));
    m_warnings->setVisible(!warnings.isEmpty());
    layout->addWidget(m_warnings);

    // Appearance
    auto* appearance = new QGroupBox(tr("Appearance"), page);
    auto* appearanceForm = new QFormLayout(appearance);
    m_language = choiceBox(SettingsViewModel::languages(), tr("Language"), appearance);
    m_theme = choiceBox(SettingsViewModel::themes(), tr("Theme"), appearance);
    appearanceForm->addRow(tr("&Language:"), m_language);
    appearanceForm->addRow(QString(),
                           note(tr("A new language is used the next time SafeScan starts."), appearance));
    appearanceForm->addRow(tr("&Theme:"), m_theme);
    layout->addWidget(appearance);

    // Links and camera
    auto* links = new QGroupBox(tr("Links and camera"), page);
    auto* linksForm = new QFormLayout(links);
    m_linkPolicy = choiceBox(SettingsViewModel::openLinkPolicies(), tr("When opening a link"), links);
    linksForm->addRow(tr("When opening a &link:"), m_linkPolicy);
    linksForm->addRow(QString(), note(tr("Dangerous links always need an extra confirmation."), links));
    m_camera = new QComboBox(links);
    m_camera->setAccessibleName(tr("Camera to use"));
    m_camera->setToolTip(tr("Camera to use"));
    m_mirror = checkBox(tr("&Mirror the camera picture"), tr("Mirror the camera picture"), links);
    linksForm->addRow(tr("&Camera:"), m_camera);
    linksForm->addRow(QString(), m_mirror);
    layout->addWidget(links);

    // History
    auto* history = new QGroupBox(tr("History"), page);
    auto* historyForm = new QFormLayout(history);
    m_quota = new QSpinBox(history);
    m_quota->setAccessibleName(tr("History size limit in megabytes"));
    m_quota->setRange(1, 102400);
    m_quota->setSuffix(tr(" MB"));
    m_quota->setKeyboardTracking(false);
    m_retention = new QSpinBox(history);
    m_retention->setAccessibleName(tr("Keep scans for this many days (0 keeps them forever)"));
    m_retention->setRange(0, 36500);
    m_retention->setSpecialValueText(tr("Forever"));
    m_retention->setSuffix(tr(" days"));
    m_retention->setKeyboardTracking(false);
    m_offTheRecord = checkBox(tr("&Off the record: save nothing to the history"),
                              tr("Off the record: save nothing to the history"), history);
    m_sensitive = checkBox(tr("&Keep Wi-Fi passwords and one-time-password secrets in the history"),
                           tr("Keep Wi-Fi passwords and one-time-password secrets in the history"), history);
    historyForm->addRow(tr("Size &limit:"), m_quota);
    historyForm->addRow(QString(), errorLabel(Field::HistoryQuotaMb, history));
    historyForm->addRow(QString(),
                        note(tr("At 90% of the limit the oldest scans are removed until the history "
                                "is under 70%; pinned and unsynced scans are always kept."),
                             history));
    historyForm->addRow(tr("&Keep scans for:"), m_retention);
    historyForm->addRow(QString(), errorLabel(Field::RetentionDays, history));
    historyForm->addRow(QString(), m_offTheRecord);
    historyForm->addRow(QString(), m_sensitive);
    layout->addWidget(history);

    // Backups
    auto* backupBox = new QGroupBox(tr("Backups"), page);
    auto* backupLayout = new QVBoxLayout(backupBox);
    m_dailyBackups = checkBox(tr("Make a &daily automatic backup (the last 7 are kept)"),
                              tr("Make a daily automatic backup"), backupBox);
    backupLayout->addWidget(m_dailyBackups);
    if (backups) {
        backups->setParent(backupBox);
        backupLayout->addWidget(backups);
    } else {
        backupLayout->addWidget(
            note(tr("Backups need the local history, which cannot be used now."), backupBox));
    }
    layout->addWidget(backupBox);

    // Server and account
    auto* server = new QGroupBox(tr("Server and account"), page);
    auto* serverLayout = new QVBoxLayout(server);
    auto* serverRow = new QHBoxLayout;
    auto* serverLabel = new QLabel(tr("&Server address:"), server);
    m_server = new QLineEdit(server);
    m_server->setAccessibleName(tr("Server address (empty for the local server)"));
    m_server->setPlaceholderText(tr("Empty: the local server at %1").arg(defaultServerUrl()));
    m_server->setClearButtonEnabled(true);
    serverLabel->setBuddy(m_server);
    m_serverApply = new QPushButton(tr("&Apply"), server);
    m_serverApply->setAccessibleName(tr("Apply the server address"));
    serverRow->addWidget(serverLabel);
    serverRow->addWidget(m_server, 1);
    serverRow->addWidget(m_serverApply);
    serverLayout->addLayout(serverRow);
    serverLayout->addWidget(errorLabel(Field::ServerUrl, server));
    serverLayout->addWidget(note(tr("A new address is used from the next start of SafeScan."), server));
    if (account) {
        account->setParent(server);
        serverLayout->addWidget(account);
    }
    if (sync) {
        auto* syncBox = new QGroupBox(tr("History sync (end-to-end encrypted)"), server);
        auto* syncLayout = new QVBoxLayout(syncBox);
        sync->setParent(syncBox);
        syncLayout->addWidget(sync);
        serverLayout->addWidget(syncBox);
    }
    layout->addWidget(server);

    // Privacy
    auto* privacy = new QGroupBox(tr("Privacy"), page);
    auto* privacyLayout = new QVBoxLayout(privacy);
    m_analytics = checkBox(tr("Send &anonymous usage statistics (no scanned content, no addresses)"),
                           tr("Send anonymous usage statistics"), privacy);
    privacyLayout->addWidget(m_analytics);
    layout->addWidget(privacy);

    auto* file = note(tr("Settings are saved at once to %1.").arg(model.settingsFile()), page);
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(file);
    layout->addStretch(1);

    fillCameras();
    refresh();

    auto onChoice = [this](QComboBox* box, Field field) {
        connect(box, &QComboBox::activated, this, [this, box, field] {
            if (!m_model.setValue(field, box->currentData()))
                refresh();
        });
    };
    onChoice(m_language, Field::Language);
    onChoice(m_theme, Field::Theme);
    onChoice(m_linkPolicy, Field::OpenLinkPolicy);
    onChoice(m_camera, Field::CameraId);
    auto onCheck = [this](QCheckBox* box, Field field) {
        connect(box, &QCheckBox::toggled, this, [this, field](bool on) {
            if (!m_refreshing && !m_model.setValue(field, on))
                refresh();
        });
    };
    onCheck(m_mirror, Field::CameraMirror);
    onCheck(m_offTheRecord, Field::OffTheRecord);
    onCheck(m_sensitive, Field::StoreSensitive);
    onCheck(m_dailyBackups, Field::DailyBackups);
    onCheck(m_analytics, Field::AnalyticsEnabled);
    auto onNumber = [this](QSpinBox* box, Field field) {
        connect(box, &QSpinBox::valueChanged, this, [this, field](int value) {
            if (!m_refreshing && !m_model.setValue(field, value))
                refresh();
        });
    };
    onNumber(m_quota, Field::HistoryQuotaMb);
    onNumber(m_retention, Field::RetentionDays);
    connect(m_serverApply, &QPushButton::clicked, this, &SettingsView::applyServer);
    connect(m_server, &QLineEdit::returnPressed, this, &SettingsView::applyServer);
    connect(&m_model, &SettingsViewModel::errorChanged, this, &SettingsView::showError);
    connect(&m_model, &SettingsViewModel::changed, this, [this](Field field, const QVariant& value) {
        if (field == Field::Theme)
            if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance()))
                Theme::apply(*app, value.toString());
        refresh();
    });
    connect(&m_model, &SettingsViewModel::saveFailed, this, [this](const QString& message) {
        m_warnings->setText(tr("⚠ Warning: %1").arg(message));
        m_warnings->show();
    });
}

QLabel* SettingsView::errorLabel(Field field, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setObjectName(u"settingsError"_s);
    label->setStyleSheet(u"#settingsError { color: #b71c1c; font-weight: bold; }"_s);
    label->hide();
    m_errors.insert(int(field), label);
    return label;
}

void SettingsView::showError(Field field, const QString& message)
{
    QLabel* label = m_errors.value(int(field));
    if (!label)
        return;
    // Words and a sign, never colour alone.
    label->setText(message.isEmpty() ? QString() : tr("⚠ Not saved: %1").arg(message));
    label->setAccessibleName(message.isEmpty() ? QString() : tr("Problem: %1").arg(message));
    label->setVisible(!message.isEmpty());
}

QString SettingsView::errorText(Field field) const
{
    const QLabel* label = m_errors.value(int(field));
    return label && !label->isHidden() ? label->text() : QString();
}

void SettingsView::applyServer()
{
    m_model.setValue(Field::ServerUrl, m_server->text());
}

void SettingsView::fillCameras()
{
    m_camera->clear();
    m_camera->addItem(tr("System default"), QString());
    for (const QCameraDevice& device : QMediaDevices::videoInputs())
        m_camera->addItem(device.description(), QString::fromUtf8(device.id()));
    // A remembered camera that is not plugged in stays selectable, so the choice is not lost.
    const QString remembered = m_model.value(Field::CameraId).toString();
    if (!remembered.isEmpty() && m_camera->findData(remembered) < 0)
        m_camera->addItem(tr("Not connected: %1").arg(remembered), remembered);
}

void SettingsView::refresh()
{
    m_refreshing = true;
    selectData(m_language, m_model.value(Field::Language));
    selectData(m_theme, m_model.value(Field::Theme));
    selectData(m_linkPolicy, m_model.value(Field::OpenLinkPolicy));
    selectData(m_camera, m_model.value(Field::CameraId));
    m_mirror->setChecked(m_model.value(Field::CameraMirror).toBool());
    m_quota->setValue(m_model.value(Field::HistoryQuotaMb).toInt());
    m_retention->setValue(m_model.value(Field::RetentionDays).toInt());
    m_offTheRecord->setChecked(m_model.value(Field::OffTheRecord).toBool());
    m_sensitive->setChecked(m_model.value(Field::StoreSensitive).toBool());
    m_dailyBackups->setChecked(m_model.value(Field::DailyBackups).toBool());
    m_analytics->setChecked(m_model.value(Field::AnalyticsEnabled).toBool());
    if (m_model.error(Field::ServerUrl).isEmpty())
        m_server->setText(m_model.value(Field::ServerUrl).toString());
    m_refreshing = false;
}

} // namespace SafeScan
