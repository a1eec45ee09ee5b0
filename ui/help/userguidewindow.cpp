#include "userguidewindow.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QShortcut>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

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
    connect(mHome, &QToolButton::clicked, this, [this] { showPage(QStringLiteral("USER-GUIDE.md")); });
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
    mBrowser->setSource(guideUrl(), QTextDocument::MarkdownResource);
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
