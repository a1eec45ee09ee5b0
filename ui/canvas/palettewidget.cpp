#include "palettewidget.h"

#include "diagramscene.h"
#include "palettemime.h"

#include "core/model/kindregistry.h"

#include <QIcon>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace archstudio::ui {

namespace {

constexpr int kEntryRole = Qt::UserRole + 1;
constexpr int kSearchRole = Qt::UserRole + 2;

/// A list whose drags carry palette entries.
class PaletteList : public QListWidget
{
public:
    using QListWidget::QListWidget;

protected:
    QStringList mimeTypes() const override { return {kPaletteMimeType}; }
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override
    {
        if (items.isEmpty() || items.first()->data(kEntryRole).toString().isEmpty())
            return nullptr;
        return paletteMimeData(items.first()->data(kEntryRole).toString());
    }
};

} // namespace

PaletteWidget::PaletteWidget(const model::KindRegistry &registry, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("palette"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    mSearch = new QLineEdit(this);
    mSearch->setObjectName(QStringLiteral("paletteSearch"));
    mSearch->setPlaceholderText(tr("Search components…"));
    mSearch->setClearButtonEnabled(true);
    mList = new PaletteList(this);
    mList->setObjectName(QStringLiteral("paletteList"));
    mList->setDragEnabled(true);
    mList->setDragDropMode(QAbstractItemView::DragOnly);
    mList->setIconSize(QSize(28, 28));
    mList->setSpacing(1);
    mList->setUniformItemSizes(false);
    layout->addWidget(mSearch);
    layout->addWidget(mList);

    addHeader(tr("Containers"));
    addEntry(DiagramScene::regionEntry(), tr("Region"), QStringLiteral(":/icons/region.svg"),
             tr("An AWS Region, with three Availability Zones. Drop it on empty canvas."));
    addEntry(DiagramScene::zoneEntry(), tr("Availability Zone"), QStringLiteral(":/icons/zone.svg"),
             tr("One more Availability Zone. Drop it inside a region."));
    QStringList categories;
    for (const model::KindSchema &schema : registry.schemas()) {
        if (!categories.contains(schema.category))
            categories << schema.category;
    }
    for (const QString &category : std::as_const(categories)) {
        addHeader(category);
        for (const model::KindSchema &schema : registry.schemas()) {
            if (schema.category == category)
                addEntry(DiagramScene::componentEntry(schema.kind), schema.displayName, schema.icon,
                         schema.help);
        }
    }

    addHeader(tr("Annotations"));
    addEntry(DiagramScene::noteEntry(), tr("Note"), QStringLiteral(":/icons/note.svg"),
             tr("A sticky note. Right-click a component, zone or region for a callout that "
                "points at it."));

    connect(mSearch, &QLineEdit::textChanged, this, &PaletteWidget::filter);
    connect(mList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString entry = item->data(kEntryRole).toString();
        if (!entry.isEmpty())
            emit entryActivated(entry);
    });
    // Enter in the search field adds the first match: type "aur", press Enter.
    connect(mSearch, &QLineEdit::returnPressed, this, [this] {
        for (int row = 0; row < mList->count(); ++row) {
            QListWidgetItem *item = mList->item(row);
            if (!item->isHidden() && !item->data(kEntryRole).toString().isEmpty()) {
                emit entryActivated(item->data(kEntryRole).toString());
                return;
            }
        }
    });
}

void PaletteWidget::addHeader(const QString &title)
{
    auto *item = new QListWidgetItem(title.toUpper(), mList);
    item->setFlags(Qt::NoItemFlags);
    QFont font = item->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    item->setFont(font);
    item->setData(kSearchRole, QString());
}

void PaletteWidget::addEntry(const QString &entry, const QString &title, const QString &icon,
                             const QString &help)
{
    auto *item = new QListWidgetItem(QIcon(icon), title, mList);
    item->setData(kEntryRole, entry);
    item->setData(kSearchRole,
                  (title + QLatin1Char(' ') + entry + QLatin1Char(' ') + help).toLower());
    item->setToolTip(help);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
}

void PaletteWidget::filter(const QString &text)
{
    const QString needle = text.trimmed().toLower();
    // A header stays visible when any entry under it matches.
    QListWidgetItem *header = nullptr;
    bool headerHasMatch = false;
    const auto closeHeader = [&] {
        if (header)
            header->setHidden(!headerHasMatch);
    };
    for (int row = 0; row < mList->count(); ++row) {
        QListWidgetItem *item = mList->item(row);
        if (item->data(kEntryRole).toString().isEmpty()) {
            closeHeader();
            header = item;
            headerHasMatch = false;
            continue;
        }
        const bool match = needle.isEmpty() || item->data(kSearchRole).toString().contains(needle);
        item->setHidden(!match);
        headerHasMatch |= match;
    }
    closeHeader();
}

QMimeData *PaletteWidget::mimeDataFor(int row) const
{
    const QString entry = entryAt(row);
    return entry.isEmpty() ? nullptr : paletteMimeData(entry);
}

QString PaletteWidget::entryAt(int row) const
{
    const QListWidgetItem *item = mList->item(row);
    return item ? item->data(kEntryRole).toString() : QString();
}

} // namespace archstudio::ui
