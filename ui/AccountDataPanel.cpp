#include "AccountDataPanel.h"

#include "viewmodels/AccountDataModel.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SafeScan {

AccountDataPanel::AccountDataPanel(AccountDataModel& model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_export(new QPushButton(tr("E&xport my server data…"), this))
    , m_delete(new QPushButton(tr("&Delete my account…"), this))
    , m_message(new QLabel(this))
{
    setAccessibleName(tr("My data on the server"));
    m_export->setAccessibleName(tr("Export everything the server holds about my account to a file"));
    m_delete->setAccessibleName(tr("Delete my account on the server"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Account data status"));
    m_message->hide();
    m_confirm = [this](const QString& question) {
        QMessageBox box(QMessageBox::Warning, tr("Delete your account?"), question, QMessageBox::Cancel,
                        this);
        QPushButton* confirm = box.addButton(tr("Delete my account"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        return box.clickedButton() == confirm;
    };
    m_choose = [this] {
        return QFileDialog::getSaveFileName(this, tr("Export my server data"),
                                            QDir::home().filePath(u"safescan-account.json"_s),
                                            tr("JSON (*.json)"));
    };

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_export);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_export, &QPushButton::clicked, this, &AccountDataPanel::exportData);
    connect(m_delete, &QPushButton::clicked, this, &AccountDataPanel::deleteAccount);
    connect(&m_model, &AccountDataModel::stateChanged, this, &AccountDataPanel::update);
    connect(&m_model, &AccountDataModel::done, this, &AccountDataPanel::show);
    connect(&m_model, &AccountDataModel::failed, this,
            [this](const QString& message) { show(tr("⚠ %1").arg(message)); });
    update();
}

void AccountDataPanel::update()
{
    const bool can = m_model.canAct();
    m_export->setEnabled(can);
    m_delete->setEnabled(can);
    // Only while signed in; the message stays (it tells a signed-out user what happened).
    const bool signedIn = can || m_model.isBusy();
    m_export->setVisible(signedIn);
    m_delete->setVisible(signedIn);
}

void AccountDataPanel::show(const QString& text)
{
    m_message->setText(text);
    m_message->show();
}

QString AccountDataPanel::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void AccountDataPanel::exportData()
{
    const QString path = m_choose();
    if (path.isEmpty())
        return;
    if (m_model.exportTo(path))
        show(tr("Exporting your server data…"));
}

void AccountDataPanel::deleteAccount()
{
    const QString question =
        tr("This deletes your account on the server: your synced history, your sessions on every "
           "device and your sign-in. Your votes are kept only as anonymous totals; reports you sent "
           "stay with the moderators without your name. The history on this computer stays.\n\n"
           "This cannot be undone. Export your data first if you want a copy.");
    if (!m_confirm(question))
        return;
    if (m_model.deleteAccount())
        show(tr("Deleting your account…"));
}

} // namespace SafeScan
