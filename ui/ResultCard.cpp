#include "ResultCard.h"

#include "OpenLinkDialog.h"
#include "ReportDialog.h"
#include "viewmodels/CommunityText.h"
#include "viewmodels/ItemRatingViewModel.h"
#include "viewmodels/PayloadFields.h"
#include "viewmodels/VerdictText.h"

#include <QAction>
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

ResultCard::ResultCard(const ScanResult& result, ItemRatingViewModel* community, QWidget* parent)
    : QFrame(parent)
    , m_result(result)
    , m_community(community)
{
    if (m_community)
        m_community->setParent(this);
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);
    addHeader(layout);
    addFields(layout);
    addButtons(layout);
    if (m_community)
        addCommunity(layout);
}

void ResultCard::addHeader(QVBoxLayout* layout)
{
    const Verdict& verdict = m_result.verdict;
    auto* row = new QHBoxLayout;
    m_icon = new QLabel(this);
    m_verdict = new QLabel(this);
    m_verdict->setAccessibleName(tr("Verdict"));
    QFont font = m_verdict->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.25);
    m_verdict->setFont(font);
    auto* kind = new QLabel(
        tr("%1 · from %2").arg(PayloadFields::typeLabel(m_result.payload.type), m_result.origin), this);
    kind->setAccessibleName(tr("Content type and origin"));
    row->addWidget(m_icon);
    row->addWidget(m_verdict);
    row->addStretch(1);
    row->addWidget(kind);
    layout->addLayout(row);
    m_advice = wrapped(QString(), tr("Advice"), this);
    layout->addWidget(m_advice);
    m_reasonLayout = new QVBoxLayout;
    m_reasonLayout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_reasonLayout);
    showVerdict(verdict);

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
    m_saved = new QLabel(this);
    m_saved->setAccessibleName(tr("Saved in history"));
    m_saved->hide();
    row->addWidget(m_saved);
    if (m_result.savedId)
        setSavedId(*m_result.savedId);
    layout->addLayout(row);
}

void ResultCard::setSavedId(qint64 id)
{
    m_result.savedId = id;
    m_saved->setText(tr("Saved in history (#%1)").arg(id));
    m_saved->show();
}

void ResultCard::showVerdict(const Verdict& verdict)
{
    m_result.verdict = verdict; // "open" asks according to the combined verdict
    m_icon->setPixmap(QIcon(VerdictText::iconPath(verdict.level)).pixmap(32, 32));
    m_icon->setAccessibleName(VerdictText::label(verdict.level));
    m_verdict->setText(
        verdict.reasons.isEmpty()
            ? VerdictText::label(verdict.level)
            : tr("%1 (risk %2 of 100)").arg(VerdictText::label(verdict.level)).arg(verdict.score));
    m_advice->setText(VerdictText::advice(verdict.level));
    qDeleteAll(m_reasons);
    m_reasons.clear();
    for (const QString& sentence : VerdictText::reasonSentences(verdict)) {
        auto* reason = wrapped(u"• "_s + sentence, tr("Reason"), this);
        m_reasons.append(reason);
        m_reasonLayout->addWidget(reason);
    }
    setAccessibleName(
        tr("Result: %1, %2")
            .arg(PayloadFields::typeLabel(m_result.payload.type), VerdictText::label(verdict.level)));
}

void ResultCard::addCommunity(QVBoxLayout* layout)
{
    auto* box = new QFrame(this);
    box->setFrameShape(QFrame::HLine);
    layout->addWidget(box);
    auto* top = new QHBoxLayout;
    m_rating = wrapped(QString(), tr("Community rating"), this);
    m_moderated = new QLabel(tr("✔ Moderated"), this);
    m_moderated->setAccessibleName(tr("Moderator decision"));
    m_moderated->setToolTip(tr("A SafeScan moderator decided this rating."));
    m_moderated->setVisible(false);
    m_ratingState = new QLabel(this);
    m_ratingState->setAccessibleName(tr("Where the community rating comes from"));
    top->addWidget(m_rating, 1);
    top->addWidget(m_moderated);
    top->addWidget(m_ratingState);
    layout->addLayout(top);

    m_myVote = new QLabel(this);
    m_myVote->setAccessibleName(tr("My vote"));
    layout->addWidget(m_myVote);
    auto* row = new QHBoxLayout;
    const auto addButton = [this, row](const QString& text, const QString& accessible,
                                       const QKeySequence& keys, auto slot) {
        auto* button = new QPushButton(text, this);
        button->setAccessibleName(accessible);
        button->setToolTip(u"%1 (%2)"_s.arg(accessible, keys.toString(QKeySequence::NativeText)));
        connect(button, &QPushButton::clicked, this, slot);
        auto* action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        row->addWidget(button);
        return button;
    };
    m_voteSafe = addButton(tr("Vote safe"), tr("Vote this item safe"),
                           QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S), [this] { m_community->voteSafe(); });
    m_voteUnsafe =
        addButton(tr("Vote unsafe"), tr("Vote this item unsafe"),
                  QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_U), [this] { m_community->voteUnsafe(); });
    m_retract = addButton(tr("Retract vote"), tr("Retract my vote"),
                          QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R), [this] { m_community->retract(); });
    m_report = addButton(tr("Report…"), tr("Report this item to the moderators"),
                         QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M), [this] { reportToModerators(); });
    layout->addLayout(row);
    m_communityMessage = wrapped(QString(), tr("Community message"), this);
    m_communityMessage->setVisible(false);
    layout->addWidget(m_communityMessage);

    connect(m_community, &ItemRatingViewModel::changed, this, &ResultCard::showCommunity);
    connect(m_community, &ItemRatingViewModel::verdictChanged, this, &ResultCard::showVerdict);
    connect(m_community, &ItemRatingViewModel::message, this, [this](const QString& text) {
        m_communityMessage->setText(text);
        m_communityMessage->setVisible(!text.isEmpty());
    });
    showCommunity();
    if (m_community->isAvailable())
        m_community->refresh();
}

void ResultCard::showCommunity()
{
    const auto& rating = m_community->rating();
    m_rating->setText(
        tr("Community: %1").arg(rating ? CommunityText::ratingSummary(*rating) : tr("no rating")));
    m_moderated->setVisible(rating && rating->moderated);
    const QString state = CommunityText::stateLabel(m_community->state());
    m_ratingState->setText(state.isEmpty() ? QString() : u"(%1)"_s.arg(state));
    m_ratingState->setVisible(!state.isEmpty());
    m_myVote->setText(CommunityText::myVoteLabel(m_community->myVote()));
    const bool usable = m_community->isAvailable() && !m_community->isBusy();
    const auto vote = m_community->myVote();
    m_voteSafe->setEnabled(usable && vote != Vote::Safe);
    m_voteUnsafe->setEnabled(usable && vote != Vote::Unsafe);
    m_retract->setEnabled(usable && vote.has_value());
    m_report->setEnabled(m_community->isAvailable());
}

QString ResultCard::communityText() const
{
    return m_rating ? m_rating->text() : QString();
}

QString ResultCard::communityStateText() const
{
    return m_ratingState ? m_ratingState->text() : QString();
}

QString ResultCard::myVoteText() const
{
    return m_myVote ? m_myVote->text() : QString();
}

void ResultCard::reportToModerators()
{
    if (!m_community || !m_community->isAvailable())
        return;
    ReportDialog dialog(m_community->label(), m_community->shareableContent(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_community->report(dialog.reason(), dialog.note(), dialog.shareContent());
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
    if (opensWithoutAsking()) {
        QDesktopServices::openUrl(QUrl(target));
        return;
    }
    OpenLinkDialog dialog(target, verdict, this);
    if (dialog.exec() == QDialog::Accepted)
        QDesktopServices::openUrl(QUrl(target));
}

bool ResultCard::opensWithoutAsking() const
{
    return m_askUnlessTrusted && m_result.verdict.level == VerdictLevel::Trusted;
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
