#include "presentationwindow.h"

#include "scenevisibility.h"

#include "core/document/document.h"
#include "core/document/evaluationscheduler.h"
#include "core/engine/engine.h"
#include "core/model/variants.h"
#include "core/render/componentcard.h"
#include "ui/analysis/failureview.h"
#include "ui/canvas/diagramscene.h"
#include "ui/canvas/diagramview.h"
#include "ui/theme.h"

#include <QFontInfo>
#include <QGraphicsItem>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QRadialGradient>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace archstudio::ui {

namespace {

/// The projector's reference: at this screen height a card's name is at least this high.
constexpr qreal kReferenceHeight = 720.0;
constexpr qreal kNamePixels = 24.0;

} // namespace

/// A soft spot under the mouse, so a room can follow what the presenter points at.
class PointerHalo : public QWidget
{
public:
    explicit PointerHalo(QWidget *parent) : QWidget(parent)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAttribute(Qt::WA_NoSystemBackground);
    }
    void moveTo(QPoint at)
    {
        const QRect old = spot();
        mAt = at;
        mShown = true;
        update(old.united(spot()));
    }
    QPoint at() const { return mAt; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        if (!mShown)
            return;
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        QRadialGradient glow(mAt, radius());
        glow.setColorAt(0.0, QColor(255, 150, 0, 190));
        glow.setColorAt(0.5, QColor(255, 120, 0, 110));
        glow.setColorAt(1.0, QColor(255, 120, 0, 0));
        painter.setPen(Qt::NoPen);
        painter.setBrush(glow);
        painter.drawEllipse(spot());
    }

private:
    qreal radius() const { return std::max(32.0, height() / 18.0); }
    QRect spot() const
    {
        const int r = int(radius()) + 2;
        return QRect(mAt - QPoint(r, r), QSize(2 * r, 2 * r));
    }
    QPoint mAt;
    bool mShown = false;
};

PresentationWindow::PresentationWindow(const model::Design &design,
                                       std::shared_ptr<const engine::KindSet> kinds, bool dark,
                                       QWidget *parent)
    : QWidget(parent), mOriginal(design), mCatalog(kinds->catalog()), mScenes(design.scenes)
{
    setWindowTitle(
        tr("%1 — Presentation").arg(design.name.isEmpty() ? tr("Untitled design") : design.name));
    if (mScenes.isEmpty()) {
        model::Scene whole;
        whole.caption = design.name;
        mScenes.append(whole);
    }
    mDocument = new document::Document(design, std::move(kinds), this);
    mScheduler = new document::EvaluationScheduler(mDocument, mCatalog, this);
    mScene = new DiagramScene(this);
    mScene->setDocument(mDocument);
    mScene->finishBuilding();
    mView = new DiagramView(mScene, this);
    mView->setInteractive(false); // a presentation shows; it never edits
    mView->setFrameShape(QFrame::NoFrame);
    mView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    mView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    mView->viewport()->setMouseTracking(true);
    mView->installEventFilter(this);
    mView->viewport()->installEventFilter(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mView);

    mCaption = new QLabel(this);
    mCaption->setWordWrap(true);
    mCaption->setAlignment(Qt::AlignCenter);
    mCaption->setAttribute(Qt::WA_TransparentForMouseEvents);
    mCounter = new QLabel(this);
    mCounter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    mCounter->setAttribute(Qt::WA_TransparentForMouseEvents);
    // Over the view, not in its viewport: the view scrolls its viewport's children with it.
    mHalo = new PointerHalo(this);

    connect(mScheduler, &document::EvaluationScheduler::evaluationFinished, this,
            [this](const engine::Evaluation &evaluation) { mScene->setEvaluation(evaluation); });
    connect(&mSimulation, &QFutureWatcher<engine::SimulationResult>::finished, this,
            &PresentationWindow::failureSimulated);
    setDark(dark);
    showScene(0);
}

PresentationWindow::~PresentationWindow()
{
    mSimulation.waitForFinished();
}

qreal PresentationWindow::minimumZoom() const
{
    const qreal namePixels = QFontInfo(render::cardTitleFont()).pixelSize();
    const qreal screen = std::max(1, mView->viewport()->height());
    return kNamePixels * (screen / kReferenceHeight) / std::max<qreal>(1.0, namePixels);
}

void PresentationWindow::showScene(int index)
{
    if (index < 0 || index >= mScenes.size())
        return;
    mCurrent = index;
    mTyped.clear();
    const model::Scene &scene = mScenes.at(index);
    showVariant(scene.variant.isEmpty() ? mOriginal.variantName : scene.variant);
    engine::Scenario scenario = mScheduler->scenario();
    scenario.loadFactor = scene.loadFactor;
    mScheduler->setScenario(scenario);
    applySceneVisibility(*mScene, scene.hidden);
    mScene->clearFailureView();
    mFailureShown = false;
    if (scene.failure)
        simulate(*scene.failure);
    mCaption->setText(scene.caption);
    mCaption->setVisible(!scene.caption.isEmpty());
    updateCounter(); // places the caption, which frameScene() frames the scene above
    frameScene();
    emit sceneShown(index);
}

void PresentationWindow::showVariant(const QString &name)
{
    if (mDocument->design().variantName == name)
        return;
    // Only the copy changes: the document being edited keeps its own variant.
    std::optional<model::Design> shown = model::withVariantActive(mOriginal, name);
    mDocument->setDesign(shown ? std::move(*shown) : mOriginal);
    mScene->finishBuilding();
}

void PresentationWindow::simulate(const model::SceneFailure &failure)
{
    const std::optional<engine::FailureTarget> target =
        engine::FailureTarget::parse(failure.target.toString());
    if (!target)
        return;
    mSimulated = mDocument->design();
    const catalog::Catalog catalog = engine::catalogFor(mSimulated, mCatalog);
    engine::Scenario scenario;
    scenario.loadFactor = mScenes.at(mCurrent).loadFactor;
    mSimulation.waitForFinished(); // a scene skipped past quickly: its result is dropped below
    mSimulation.setFuture(QtConcurrent::run([design = mSimulated, catalog, what = *target, scenario,
                                             kinds = mDocument->sharedKinds()] {
        return engine::simulateFailure({design, 0}, catalog, what, scenario, kinds->behaviours());
    }));
}

void PresentationWindow::failureSimulated()
{
    const engine::SimulationResult result = mSimulation.result();
    const std::optional<model::SceneFailure> &failure = mScenes.at(mCurrent).failure;
    if (!failure || !result.timeline || result.timeline->intervals.isEmpty() ||
        mSimulated.variantName != mDocument->design().variantName)
        return; // the scene changed while it ran
    const engine::Timeline &timeline = *result.timeline;
    const engine::TimelineInterval &interval =
        timeline.intervals.at(intervalAt(timeline, failure->atSeconds));
    mScene->setFailureView(failureViewOf(timeline, mSimulated, timeline.target, interval));
    mFailureShown = true;
}

void PresentationWindow::frameScene()
{
    const model::Scene &scene = mScenes.at(mCurrent);
    QRectF area = scene.viewpoint.value_or(QRectF());
    if (area.isEmpty()) {
        // What the scene shows: its cards, links and notes, not the regions and zones around
        // them (drawn below, z < 0), so a zoomed-in scene centres on what it is about.
        for (QGraphicsItem *item : mScene->items()) {
            if (item->isVisible() && item->zValue() >= 0)
                area |= item->sceneBoundingRect();
        }
    }
    if (area.isEmpty())
        return;
    // The caption covers the bottom of the screen: the scene is framed in the room above it.
    const qreal caption = mCaption->isVisible() ? mCaption->height() + 16.0 : 0.0;
    const QSizeF room(mView->viewport()->width(), mView->viewport()->height() - caption);
    const qreal fit = std::min(room.width() / area.width(), room.height() / area.height()) * 0.95;
    // Close enough to read from the back of the room, even when that crops the viewpoint; and
    // a scene of two cards is not blown up to fill a wall.
    const qreal least = minimumZoom();
    const qreal zoom = std::max(least, std::min(fit, 1.5 * least));
    mView->setZoom(zoom);
    mView->centerOn(area.center() + QPointF(0.0, caption / 2.0 / zoom));
}

void PresentationWindow::setDark(bool dark)
{
    mDark = dark;
    const QPalette palette = theme::fixedPalette(dark);
    setPalette(palette);
    mView->setBackgroundBrush(palette.color(QPalette::Base));
    mScene->setCardColours(theme::cardColours(palette));
    const QColor text = palette.color(QPalette::Text);
    QColor panel = palette.color(QPalette::Window);
    panel.setAlpha(225);
    const QString style = QStringLiteral("color: %1; background: rgba(%2, %3, %4, %5);"
                                         " border-radius: 8px; padding: 8px 18px;")
                              .arg(text.name())
                              .arg(panel.red())
                              .arg(panel.green())
                              .arg(panel.blue())
                              .arg(panel.alpha());
    mCaption->setStyleSheet(style);
    mCounter->setStyleSheet(style);
}

QString PresentationWindow::captionText() const
{
    return mCaption->text();
}

QString PresentationWindow::counterText() const
{
    return mCounter->text();
}

void PresentationWindow::updateCounter()
{
    mCounter->setText(mTyped.isEmpty() ? tr("%1 / %2").arg(mCurrent + 1).arg(mScenes.size())
                                       : tr("Go to %1…").arg(mTyped));
    placeOverlays();
}

void PresentationWindow::placeOverlays()
{
    // Sized to the screen: the same share of a projector's height at any resolution.
    const qreal scale = std::max<qreal>(0.5, height() / kReferenceHeight);
    QFont captionFont = font();
    captionFont.setPixelSize(int(28 * scale));
    mCaption->setFont(captionFont);
    QFont counterFont = font();
    counterFont.setPixelSize(int(18 * scale));
    mCounter->setFont(counterFont);
    const int margin = int(16 * scale);
    const int captionWidth = std::min(width() - 2 * margin, int(width() * 0.8));
    const int captionHeight = mCaption->heightForWidth(captionWidth);
    mCaption->setGeometry((width() - captionWidth) / 2, height() - captionHeight - margin,
                          captionWidth, captionHeight);
    mCounter->adjustSize();
    mCounter->move(width() - mCounter->width() - margin, margin);
    mCounter->raise();
    mCaption->raise();
    mHalo->setGeometry(rect());
    mHalo->raise();
}

bool PresentationWindow::handleKey(int key, const QString &text)
{
    switch (key) {
    case Qt::Key_Right:
    case Qt::Key_Space:
    case Qt::Key_PageDown:
    case Qt::Key_Down:
        showScene(std::min<int>(mCurrent + 1, int(mScenes.size()) - 1));
        return true;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
    case Qt::Key_Up:
    case Qt::Key_Backspace:
        showScene(std::max(mCurrent - 1, 0));
        return true;
    case Qt::Key_Home:
        showScene(0);
        return true;
    case Qt::Key_End:
        showScene(int(mScenes.size()) - 1);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!mTyped.isEmpty())
            showScene(mTyped.toInt() - 1); // out of range: stays, and the digits clear
        mTyped.clear();
        updateCounter();
        return true;
    case Qt::Key_Escape:
        close();
        return true;
    case Qt::Key_D:
        setDark(!mDark);
        return true;
    default:
        break;
    }
    if (text.size() == 1 && text.at(0).isDigit() && mTyped.size() < 4) {
        mTyped += text;
        updateCounter();
        return true;
    }
    return false;
}

bool PresentationWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & ~Qt::KeypadModifier)
            return false;
        return handleKey(key->key(), key->text());
    }
    if (event->type() == QEvent::MouseMove && watched == mView->viewport())
        mHalo->moveTo(mView->viewport()->mapTo(
            this, static_cast<QMouseEvent *>(event)->position().toPoint()));
    return QWidget::eventFilter(watched, event);
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    if (!handleKey(event->key(), event->text()))
        QWidget::keyPressEvent(event);
}

void PresentationWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeOverlays();
    if (mCurrent >= 0)
        frameScene();
}

} // namespace archstudio::ui
