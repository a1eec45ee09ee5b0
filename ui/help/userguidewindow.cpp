#include "userguidewindow.h"

#include <QHBoxLayout>
#include <QImageReader>
#include <QKeySequence>
#include <QShortcut>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace archstudio::ui {

UserGuideWindow::UserGuideWindow(QWidget *parent) : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("userGuide"));
    setWindowTitle(tr("ArchStudio User Guide"));
    mBrowser = new QTextBrowser(this);
    mBrowser->setObjectName(QStringLiteral("userGuideBrowser"));
    mBrowser->setOpenLinks(true);
    mBrowser->setOpenExternalLinks(true); // http(s) goes to the system's browser
    mBrowser->setSearchPaths({QStringLiteral(":/help")});
    mBack = new QToolButton(this);
    mBack->setText(tr("← Back"));
    mBack->setEnabled(false);
    mHome = new QToolButton(this);
    mHome->setText(tr("Contents"));
    connect(mBack, &QToolButton::clicked, mBrowser, &QTextBrowser::backward);
    connect(mHome, &QToolButton::clicked, this,
            [this] { showPage(QStringLiteral("USER-GUIDE.md")); });
    connect(mBrowser, &QTextBrowser::backwardAvailable, mBack, &QToolButton::setEnabled);
    auto *close = new QShortcut(QKeySequence::Close, this);
    connect(close, &QShortcut::activated, this, &QWidget::close);
    new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &QWidget::close);

    auto *bar = new QHBoxLayout;
    bar->addWidget(mBack);
    bar->addWidget(mHome);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(mBrowser, 1);
    resize(900, 760);
    connect(mBrowser, &QTextBrowser::sourceChanged, this, &UserGuideWindow::fitImages);
    mBrowser->viewport()->installEventFilter(this);
    mBrowser->setSource(guideUrl(), QTextDocument::MarkdownResource);
}

bool UserGuideWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The page's width is the viewport's, which has its size only once laid out.
    if (watched == mBrowser->viewport() && event->type() == QEvent::Resize)
        fitImages();
    return QWidget::eventFilter(watched, event);
}

void UserGuideWindow::fitImages()
{
    QTextDocument *document = mBrowser->document();
    // Resizing the pictures is no edit to undo: without this each resize would keep one.
    document->setUndoRedoEnabled(false);
    const qreal room = mBrowser->viewport()->width() - 2 * document->documentMargin() - 8;
    if (room <= 0)
        return;
    const QUrl base = page();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            if (!image.isValid())
                continue;
            // The picture's own size, read from its header only.
            const QUrl url = base.resolved(QUrl(image.name()));
            const QSize natural = QImageReader(QLatin1Char(':') + url.path()).size();
            if (!natural.isValid())
                continue;
            const qreal width = std::min<qreal>(natural.width(), room);
            if (qFuzzyCompare(image.width(), width))
                continue;
            image.setWidth(width);
            image.setHeight(width * natural.height() / natural.width());
            QTextCursor cursor(document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
}

QUrl UserGuideWindow::guideUrl()
{
    return QUrl(QStringLiteral("qrc:/help/USER-GUIDE.md"));
}

QUrl UserGuideWindow::page() const
{
    // Pages are set relative to the one before, as its links are.
    return guideUrl().resolved(mBrowser->source());
}

void UserGuideWindow::showPage(const QString &fileName)
{
    mBrowser->setSource(QUrl(QStringLiteral("qrc:/help/") + fileName),
                        QTextDocument::MarkdownResource);
}

} // namespace archstudio::ui
