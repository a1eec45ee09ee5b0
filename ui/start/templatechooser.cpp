#include "templatechooser.h"

#include "templatepreview.h"

#include "core/io/designtemplates.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentMap>

namespace archstudio::ui {

namespace {

const QSize kPicture(200, 125);
const QString kStartupKey = QStringLiteral("start/showTemplates");
/// The role holding an item's template name; the blank design has none.
constexpr int kNameRole = Qt::UserRole;
/// The role holding a template's figures once its preview has arrived.
constexpr int kFiguresRole = Qt::UserRole + 1;

} // namespace

TemplateChooser::TemplateChooser(Mode mode, std::shared_ptr<const engine::KindSet> kinds,
                                 QWidget *parent)
    : QDialog(parent), mMode(mode)
{
    setObjectName(QStringLiteral("templateChooser"));
    setWindowTitle(mode == Mode::StartPage ? tr("Start") : tr("New from Template"));
    mList = new QListWidget(this);
    mList->setObjectName(QStringLiteral("templateList"));
    mList->setViewMode(QListView::IconMode);
    mList->setIconSize(kPicture);
    mList->setGridSize(kPicture + QSize(24, 52));
    mList->setResizeMode(QListView::Adjust);
    mList->setMovement(QListView::Static);
    mList->setWordWrap(true);
    mList->setMinimumWidth(3 * (kPicture.width() + 24) + 30);
    QPixmap blank(kPicture);
    blank.fill(Qt::white);
    if (mode == Mode::StartPage) {
        auto *item = new QListWidgetItem(QIcon(blank), tr("Blank design"), mList);
        item->setData(kNameRole, QString());
        item->setToolTip(tr("One region with three Availability Zones, nothing in it yet"));
    }
    const QList<io::DesignTemplate> &templates = io::bundledTemplates();
    for (const io::DesignTemplate &t : templates) {
        auto *item = new QListWidgetItem(QIcon(blank), t.title, mList);
        item->setData(kNameRole, t.name);
        item->setToolTip(t.name);
    }

    mTitle = new QLabel(this);
    mTitle->setObjectName(QStringLiteral("templateTitle"));
    QFont titleFont = mTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    mTitle->setFont(titleFont);
    mTitle->setWordWrap(true);
    mFigures = new QLabel(this);
    mFigures->setObjectName(QStringLiteral("templateFigures"));
    mFigures->setWordWrap(true);
    mSummary = new QLabel(this);
    mSummary->setObjectName(QStringLiteral("templateSummary"));
    mSummary->setWordWrap(true);
    mSummary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    mSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *details = new QVBoxLayout;
    details->addWidget(mTitle);
    details->addWidget(mFigures);
    details->addSpacing(8);
    details->addWidget(mSummary, 1);
    auto *detailsBox = new QWidget(this);
    detailsBox->setLayout(details);
    detailsBox->setMinimumWidth(320);
    detailsBox->setMaximumWidth(420);

    auto *body = new QHBoxLayout;
    body->addWidget(mList, 1);
    body->addWidget(detailsBox);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    if (mode == Mode::StartPage)
        buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mList, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(mList, &QListWidget::currentRowChanged, this, &TemplateChooser::showDetails);

    auto *bottom = new QHBoxLayout;
    if (mode == Mode::StartPage) {
        mAtStartup = new QCheckBox(tr("Show at startup"), this);
        mAtStartup->setObjectName(QStringLiteral("showAtStartup"));
        mAtStartup->setChecked(showsAtStartup());
        connect(mAtStartup, &QCheckBox::toggled, this,
                [](bool on) { QSettings().setValue(kStartupKey, on); });
        bottom->addWidget(mAtStartup);
    }
    bottom->addStretch();
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addLayout(bottom);
    resize(1100, 640);

    // Each picture needs the template read, laid out, evaluated and drawn: a few milliseconds
    // each, on a worker, shown as they come.
    connect(&mPreviews, &QFutureWatcherBase::resultReadyAt, this, &TemplateChooser::addPreview);
    mPreviews.setFuture(QtConcurrent::mapped(templates, [kinds](const io::DesignTemplate &t) {
        return TemplatePreview::of(t, kinds, kPicture);
    }));
    mList->setCurrentRow(0);
    mList->setFocus();
}

TemplateChooser::~TemplateChooser()
{
    // The workers read only their own copies; waiting keeps the watcher from outliving them.
    mPreviews.cancel();
    mPreviews.waitForFinished();
}

void TemplateChooser::addPreview(int index)
{
    const TemplatePreview preview = mPreviews.resultAt(index);
    const int row = index + (mMode == Mode::StartPage ? 1 : 0);
    QListWidgetItem *item = mList->item(row);
    if (!item || !preview.ok)
        return;
    item->setIcon(QIcon(QPixmap::fromImage(preview.picture)));
    item->setData(kFiguresRole, preview.figures);
    if (mList->currentRow() == row)
        showDetails();
}

void TemplateChooser::showDetails()
{
    const QListWidgetItem *item = mList->currentItem();
    if (!item)
        return;
    const QString name = item->data(kNameRole).toString();
    mTitle->setText(item->text());
    if (name.isEmpty()) {
        mFigures->setText(QString());
        mSummary->setText(tr("An empty canvas with one region and its Availability Zones. "
                             "Drag components in from the palette."));
        return;
    }
    const std::optional<io::DesignTemplate> found = io::findTemplate(name);
    const QString figures = item->data(kFiguresRole).toString();
    mFigures->setText(figures.isEmpty() ? tr("Evaluating…") : figures);
    mSummary->setText(found ? found->summary : QString());
}

QString TemplateChooser::chosenTemplate() const
{
    const QListWidgetItem *item = mList->currentItem();
    return item ? item->data(kNameRole).toString() : QString();
}

void TemplateChooser::select(const QString &name)
{
    for (int row = 0; row < mList->count(); ++row) {
        if (mList->item(row)->data(kNameRole).toString() == name) {
            mList->setCurrentRow(row);
            return;
        }
    }
}

bool TemplateChooser::previewsReady() const
{
    for (int row = 0; row < mList->count(); ++row) {
        const QListWidgetItem *item = mList->item(row);
        if (!item->data(kNameRole).toString().isEmpty() &&
            item->data(kFiguresRole).toString().isEmpty())
            return false;
    }
    return true;
}

bool TemplateChooser::showsAtStartup()
{
    return QSettings().value(kStartupKey, true).toBool();
}

} // namespace archstudio::ui
