#include "ScanView.h"

#include "CameraPanel.h"
#include "ResultCard.h"
#include "ScreenRegionPicker.h"
#include "frames/VideoFileScan.h"
#include "settings/Settings.h"
#include "viewmodels/FolderScan.h"
#include "viewmodels/ItemRatingViewModel.h"
#include "viewmodels/ScanViewModel.h"

#include <QClipboard>
#include <QCursor>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {
QPushButton* button(const QString& text, const QString& accessible, const QString& shortcutHint,
                    QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setAccessibleName(accessible);
    b->setToolTip(shortcutHint.isEmpty() ? accessible : u"%1 (%2)"_s.arg(accessible, shortcutHint));
    return b;
}
} // namespace

ScanView::ScanView(ScanViewModel& model, FolderScan& folderScan, Settings& settings, const Clock& clock,
                   QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_folderScan(folderScan)
    , m_settings(settings)
    , m_camera(new CameraPanel(model, settings, clock, this))
    , m_screenshot(&ScreenRegionPicker::grabScreenUnderCursor)
    , m_video(new VideoFileScan(clock, this))
{
    setAccessibleName(tr("Scan"));
    setAcceptDrops(true);
    auto* layout = new QVBoxLayout(this);

    auto* tools = new QHBoxLayout;
    auto* open = button(tr("Open images…"), tr("Open image files to scan"), tr("Ctrl+O"), this);
    auto* paste = button(tr("Paste"), tr("Scan the image or text on the clipboard"), tr("Ctrl+V"), this);
    m_folderButton = button(tr("Scan folder…"), tr("Scan every image in a folder"), tr("Ctrl+Shift+O"), this);
    auto* region = button(tr("Screen region…"), tr("Scan a region of the screen"), tr("Ctrl+Shift+R"), this);
    m_videoButton = button(tr("Video file…"), tr("Scan a video file"), tr("Ctrl+Shift+E"), this);
    auto* clear =
        button(tr("Clear results"), tr("Clear the results shown (the history keeps them)"), {}, this);
    tools->addWidget(open);
    tools->addWidget(paste);
    tools->addWidget(m_folderButton);
    tools->addWidget(region);
    tools->addWidget(m_videoButton);
    tools->addStretch(1);
    tools->addWidget(clear);
    layout->addLayout(tools);
    connect(open, &QPushButton::clicked, this, &ScanView::openImages);
    connect(paste, &QPushButton::clicked, this, &ScanView::pasteFromClipboard);
    connect(m_folderButton, &QPushButton::clicked, this, &ScanView::chooseFolder);
    connect(clear, &QPushButton::clicked, &m_model, &ScanViewModel::clear);
    connect(region, &QPushButton::clicked, this, &ScanView::scanScreenRegion);
    connect(m_videoButton, &QPushButton::clicked, this, &ScanView::openVideoFile);
    connect(m_video, &VideoFileScan::codesDetected, &m_model, &ScanViewModel::addVideoCodes);
    connect(m_video, &VideoFileScan::finished, this, [this](bool cancelled, const QString& error, int found) {
        m_videoButton->setEnabled(true);
        const QString name = QFileInfo(m_video->fileName()).fileName();
        if (!error.isEmpty())
            m_message->setText(tr("Could not scan the video %1: %2").arg(name, error));
        else if (cancelled)
            m_message->setText(tr("Video scan of %1 cancelled; %n code(s) found.", nullptr, found).arg(name));
        else if (found == 0)
            m_message->setText(tr("No QR code found in the video %1.").arg(name));
        else
            m_message->setText(tr("Video %1 scanned: %n code(s) found.", nullptr, found).arg(name));
    });

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setAccessibleName(tr("Camera and results"));
    splitter->addWidget(m_camera);

    auto* resultsArea = new QScrollArea(splitter);
    resultsArea->setAccessibleName(tr("Scan results"));
    resultsArea->setWidgetResizable(true);
    resultsArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // cards wrap to the width
    resultsArea->setMinimumWidth(380);
    auto* resultsBox = new QWidget(resultsArea);
    m_cards = new QVBoxLayout(resultsBox);
    m_message = new QLabel(resultsBox);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Last scan message"));
    m_hint =
        new QLabel(tr("Hold a QR code up to the camera, open an image (Ctrl+O), paste one (Ctrl+V) or drop "
                      "image files, folders or text here. Each code is checked on this computer before "
                      "anything is opened."),
                   resultsBox);
    m_hint->setWordWrap(true);
    m_hint->setAccessibleName(tr("How to scan"));
    m_cards->addWidget(m_message);
    m_cards->addWidget(m_hint);
    m_cards->addStretch(1);
    resultsArea->setWidget(resultsBox);
    splitter->addWidget(resultsArea);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({540, 460});
    layout->addWidget(splitter, 1);

    connect(&m_model, &ScanViewModel::resultsAdded, this, &ScanView::onResultsAdded);
    connect(&m_model, &ScanViewModel::resultSaved, this, [this](int row, qint64 id) {
        if (const QList<ResultCard*> cards = resultCards(); row >= 0 && row < cards.size())
            cards.at(row)->setSavedId(id); // the cards are in the order of the results, newest first
    });
    connect(&m_model, &ScanViewModel::cleared, this, &ScanView::onCleared);
    connect(&m_model, &ScanViewModel::message, m_message, &QLabel::setText);
    connect(&m_folderScan, &FolderScan::finished, this, [this] { m_folderButton->setEnabled(true); });
}

void ScanView::openImages()
{
    QStringList patterns;
    for (const QByteArray& format : QImageReader::supportedImageFormats())
        patterns.append(u"*."_s + QString::fromLatin1(format));
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open images to scan"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Images (%1);;All files (*)").arg(patterns.join(u' ')));
    scanPaths(files);
}

void ScanView::chooseFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Scan every image in a folder"),
                                          QStandardPaths::writableLocation(QStandardPaths::PicturesLocation));
    if (!folder.isEmpty())
        scanPaths({folder});
}

void ScanView::pasteFromClipboard()
{
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
    if (!mime) {
        m_model.scanText({}, u"clipboard"_s);
        return;
    }
    if (mime->hasImage()) {
        m_model.scanImage(qvariant_cast<QImage>(mime->imageData()), tr("Clipboard image"), u"clipboard"_s);
    } else if (mime->hasUrls() && mime->urls().first().isLocalFile()) {
        QStringList paths;
        for (const QUrl& url : mime->urls())
            paths.append(url.toLocalFile());
        scanPaths(paths);
    } else {
        m_model.scanText(mime->text(), u"clipboard"_s);
    }
}

void ScanView::scanPaths(const QStringList& paths)
{
    QStringList folders;
    for (const QString& path : paths) {
        if (QFileInfo(path).isDir())
            folders.append(path);
        else
            m_model.scanImageFile(path);
    }
    if (!folders.isEmpty()) {
        if (m_folderScan.start(folders))
            m_folderButton->setEnabled(false);
        else
            m_message->setText(tr("A folder scan is already running; wait for it or cancel it."));
    }
}

QList<ResultCard*> ScanView::resultCards() const
{
    QList<ResultCard*> cards;
    for (int i = 0; i < m_cards->count(); ++i)
        if (auto* card = qobject_cast<ResultCard*>(m_cards->itemAt(i)->widget()))
            cards.append(card);
    return cards;
}

void ScanView::dragEnterEvent(QDragEnterEvent* event)
{
    const QMimeData* mime = event->mimeData();
    if (mime->hasUrls() || mime->hasImage() || mime->hasText())
        event->acceptProposedAction();
}

void ScanView::dropEvent(QDropEvent* event)
{
    if (event->mimeData())
        scanMimeData(*event->mimeData());
    event->acceptProposedAction();
}

void ScanView::scanMimeData(const QMimeData& data)
{
    const QMimeData* mime = &data;
    if (mime->hasUrls() && mime->urls().first().isLocalFile()) {
        QStringList paths;
        for (const QUrl& url : mime->urls())
            if (url.isLocalFile())
                paths.append(url.toLocalFile());
        scanPaths(paths);
    } else if (mime->hasImage()) {
        m_model.scanImage(qvariant_cast<QImage>(mime->imageData()), tr("Dropped image"), u"file"_s);
    } else {
        m_model.scanText(mime->text(), u"clipboard"_s);
    }
}

void ScanView::onResultsAdded(int count)
{
    m_hint->hide();
    const QList<ScanResult>& results = m_model.results();
    // Newest first, below the message line: insert in reverse so the first result ends on top.
    const bool askUnlessTrusted = m_settings.value(SettingKeys::openLinkPolicy) == u"ask_unless_trusted"_s;
    for (int i = qMin(count, int(results.size())) - 1; i >= 0; --i) {
        auto* card = new ResultCard(
            results.at(i), m_community ? new ItemRatingViewModel(m_community, results.at(i)) : nullptr, this);
        card->setAskUnlessTrusted(askUnlessTrusted);
        m_cards->insertWidget(1, card);
    }
}

void ScanView::onCleared()
{
    for (ResultCard* card : resultCards())
        delete card;
    m_message->clear();
    m_hint->show();
}

void ScanView::scanScreenRegion()
{
    if (m_picker)
        return;
    QWidget* top = window();
    const bool hideFirst = top && top->isVisible() && top != this;
    if (hideFirst)
        top->hide(); // keep SafeScan itself out of the screenshot
    // The window manager needs a moment to take the window off the screen.
    QTimer::singleShot(hideFirst ? 300 : 0, this, [this, top, hideFirst] {
        const QPixmap shot = m_screenshot ? m_screenshot() : QPixmap();
        if (hideFirst)
            top->show();
        if (shot.isNull()) {
            m_message->setText(tr("The screen could not be captured (the system did not allow it)."));
            return;
        }
        showRegionPicker(shot);
    });
}

ScreenRegionPicker* ScanView::regionPicker() const
{
    return m_picker.data();
}

void ScanView::showRegionPicker(const QPixmap& screenshot)
{
    m_picker = new ScreenRegionPicker(screenshot, this);
    connect(m_picker, &ScreenRegionPicker::regionChosen, this,
            [this](const QImage& region) { m_model.scanImage(region, tr("Screen region"), u"screen"_s); });
    connect(m_picker, &ScreenRegionPicker::cancelled, this,
            [this] { m_message->setText(tr("Screen region scan cancelled.")); });
    if (QScreen* screen = QGuiApplication::screenAt(QCursor::pos()))
        m_picker->move(screen->geometry().topLeft());
    m_picker->show();
    m_picker->activateWindow();
    m_picker->setFocus(Qt::ActiveWindowFocusReason);
}

void ScanView::openVideoFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Scan a video file"), QStandardPaths::writableLocation(QStandardPaths::MoviesLocation),
        tr("Videos (*.mp4 *.mkv *.webm *.mov *.avi *.m4v *.ogv);;All files (*)"));
    if (!path.isEmpty())
        scanVideoFile(path);
}

bool ScanView::scanVideoFile(const QString& path)
{
    if (!m_video->start(path)) {
        m_message->setText(tr("A video is already being scanned; wait for it or cancel it."));
        return false;
    }
    m_videoButton->setEnabled(false);
    m_message->setText(tr("Scanning the video %1…").arg(QFileInfo(path).fileName()));
    return true;
}

} // namespace SafeScan
