#include "ResultCard.h"

#include "OpenLinkDialog.h"
#include "viewmodels/PayloadFields.h"
#include "viewmodels/VerdictText.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {
QLabel* wrapped(const QString& text, const QString& accessible, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAccessibleName(accessible);
    return label;
}
} // namespace

ResultCard::ResultCard(const ScanResult& result, QWidget* parent)
    : QFrame(parent)
    , m_result(result)
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(
        tr("Result: %1, %2")
            .arg(PayloadFields::typeLabel(result.payload.type), VerdictText::label(result.verdict.level)));
    auto* layout = new QVBoxLayout(this);
    addHeader(layout);
    addFields(layout);
    addButtons(layout);
}

void ResultCard::addHeader(QVBoxLayout* layout)
{
    const Verdict& verdict = m_result.verdict;
    auto* row = new QHBoxLayout;
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(VerdictText::iconPath(verdict.level)).pixmap(32, 32));
    icon->setAccessibleName(VerdictText::label(verdict.level));
    m_verdict = new QLabel(this);
    m_verdict->setAccessibleName(tr("Verdict"));
    QFont font = m_verdict->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.25);
    m_verdict->setFont(font);
    m_verdict->setText(
        verdict.reasons.isEmpty()
            ? VerdictText::label(verdict.level)
            : tr("%1 (risk %2 of 100)").arg(VerdictText::label(verdict.level)).arg(verdict.score));
    auto* kind = new QLabel(
        tr("%1 · from %2").arg(PayloadFields::typeLabel(m_result.payload.type), m_result.origin), this);
    kind->setAccessibleName(tr("Content type and origin"));
    row->addWidget(icon);
    row->addWidget(m_verdict);
    row->addStretch(1);
    row->addWidget(kind);
    layout->addLayout(row);
    layout->addWidget(wrapped(VerdictText::advice(verdict.level), tr("Advice"), this));

    for (const QString& sentence : VerdictText::reasonSentences(verdict)) {
        auto* reason = wrapped(u"• "_s + sentence, tr("Reason"), this);
        m_reasons.append(reason);
        layout->addWidget(reason);
    }
    if (!verdict.destination.isEmpty()) {
        m_destination =
            wrapped(tr("Goes to: %1").arg(VerdictText::destinationHtml(verdict.destination, true)),
                    tr("Real destination"), this);
        m_destination->setTextFormat(Qt::RichText);
        m_destination->setToolTip(tr("The part in bold is the domain that owns the site."));
        layout->addWidget(m_destination);
        const QString puny = VerdictText::punycodeHost(verdict.destination);
        if (!puny.isEmpty())
            layout->addWidget(wrapped(
                tr("The address is written with non-Latin letters; its technical form is %1").arg(puny),
                tr("Punycode form of the address"), this));
    }
}

void ResultCard::addFields(QVBoxLayout* layout)
{
    auto* form = new QFormLayout;
    for (const PayloadFields::Field& field : PayloadFields::fields(m_result.payload)) {
        if (!field.secret) {
            form->addRow(field.label, wrapped(VerdictText::withSoftBreaks(field.value), field.label, this));
            continue;
        }
        auto* row = new QHBoxLayout;
        auto* value = wrapped(tr("hidden"), field.label, this);
        auto* show = new QPushButton(tr("Show"), this);
        show->setCheckable(true);
        show->setAccessibleName(tr("Show %1").arg(field.label));
        auto* copy = new QPushButton(tr("Copy"), this);
        copy->setAccessibleName(tr("Copy %1").arg(field.label));
        const QString secret = field.value;
        connect(show, &QPushButton::toggled, value, [value, show, secret](bool on) {
            value->setText(on ? secret : ResultCard::tr("hidden"));
            show->setText(on ? ResultCard::tr("Hide") : ResultCard::tr("Show"));
        });
        connect(copy, &QPushButton::clicked, this,
                [secret] { QGuiApplication::clipboard()->setText(secret); });
        row->addWidget(value, 1);
        row->addWidget(show);
        row->addWidget(copy);
        form->addRow(field.label, row);
    }
    layout->addLayout(form);
}

void ResultCard::addButtons(QVBoxLayout* layout)
{
    auto* row = new QHBoxLayout;
    auto* copy = new QPushButton(tr("Copy"), this);
    copy->setAccessibleName(tr("Copy the content"));
    connect(copy, &QPushButton::clicked, this, &ResultCard::copyContent);
    row->addWidget(copy);
    if (!m_result.verdict.destination.isEmpty() || m_result.payload.is<UrlPayload>()) {
        auto* open = new QPushButton(tr("Open…"), this);
        open->setAccessibleName(tr("Open the link after confirming its destination"));
        connect(open, &QPushButton::clicked, this, &ResultCard::openDestination);
        row->addWidget(open);
    }
    if (m_result.payload.is<ContactPayload>()) {
        auto* save = new QPushButton(tr("Save contact…"), this);
        save->setAccessibleName(tr("Save the contact as a vCard file"));
        connect(save, &QPushButton::clicked, this, &ResultCard::saveContact);
        row->addWidget(save);
    }
    row->addStretch(1);
    if (m_result.savedId) {
        auto* saved = new QLabel(tr("Saved in history (#%1)").arg(*m_result.savedId), this);
        saved->setAccessibleName(tr("Saved in history"));
        row->addWidget(saved);
    }
    layout->addLayout(row);
}

QString ResultCard::verdictText() const
{
    return m_verdict->text();
}

QString ResultCard::destinationText() const
{
    return m_destination ? m_destination->text() : QString();
}

QStringList ResultCard::reasonTexts() const
{
    QStringList texts;
    for (const QLabel* label : m_reasons)
        texts.append(label->text());
    return texts;
}

void ResultCard::copyContent()
{
    QGuiApplication::clipboard()->setText(m_result.code.text);
}

void ResultCard::openDestination()
{
    const Verdict& verdict = m_result.verdict;
    const QString target = verdict.destination.isEmpty() ? m_result.code.text : verdict.destination.url;
    OpenLinkDialog dialog(target, verdict, this);
    if (dialog.exec() == QDialog::Accepted)
        QDesktopServices::openUrl(QUrl(target));
}

void ResultCard::saveContact()
{
    const auto* contact = m_result.payload.as<ContactPayload>();
    if (!contact)
        return;
    QString name = contact->name.isEmpty() ? tr("contact") : contact->name;
    name.replace(QRegularExpression(u"[^\\w\\- ]"_s), u"_"_s);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save contact"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' + name + u".vcf"_s,
        tr("vCard files (*.vcf)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(PayloadFields::toVCard(*contact).toUtf8()) < 0 ||
        !file.commit())
        QMessageBox::warning(this, tr("Save contact"),
                             tr("The contact could not be saved to %1: %2").arg(path, file.errorString()));
}

} // namespace SafeScan
