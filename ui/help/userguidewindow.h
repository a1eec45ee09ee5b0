#pragma once

#include <QWidget>

class QTextBrowser;
class QToolButton;

namespace archstudio::ui {

/// Help > User Guide: docs/USER-GUIDE.md, bundled in the binary, in a browser window of its
/// own. Links between the guide and the other pages of docs/ stay inside; web links open in
/// the system's browser.
class UserGuideWindow : public QWidget
{
    Q_OBJECT

public:
    explicit UserGuideWindow(QWidget *parent = nullptr);

    /// The page shown, as a qrc URL ("qrc:/help/USER-GUIDE.md").
    QUrl page() const;
    /// Shows a bundled page by its file name in docs/ ("ENGINE.md"), at an optional anchor.
    void showPage(const QString &fileName);
    QTextBrowser *browser() const { return mBrowser; }

    static QUrl guideUrl();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Screenshots are as wide as the studio's window: each is shown at most as wide as the
    /// page, so the guide reads without scrolling sideways.
    void fitImages();

    QTextBrowser *mBrowser = nullptr;
    QToolButton *mBack = nullptr;
    QToolButton *mHome = nullptr;
};

} // namespace archstudio::ui
