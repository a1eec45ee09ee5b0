#include "findingdelegate.h"

#include "ui/widgetstyle.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

namespace archstudio::ui {

namespace {

constexpr int kPadding = 8;

QString html(const QVariant &value)
{
    return value.toString().toHtmlEscaped();
}

} // namespace

FindingDelegate::FindingDelegate(QAbstractItemView *view) : QStyledItemDelegate(view), mView(view)
{}

int FindingDelegate::textWidth() const
{
    // The option's rect has no width when a list view asks for a size hint; the viewport does.
    return std::max(80, mView->viewport()->width() - 2 * kPadding);
}

void FindingDelegate::layout(QTextDocument &document, const QStyleOptionViewItem &option,
                             const QModelIndex &index, int width) const
{
    const bool selected = option.state & QStyle::State_Selected;
    const QString muted = selected ? QString()
                                   : QStringLiteral(" style=\"color:%1\"")
                                         .arg(widgetstyle::mutedColor(option.palette).name());
    QString text = QStringLiteral("<b>%1</b> <small%2>%3</small>")
                       .arg(html(index.data(ComponentNameRole)), muted, html(index.data(RuleRole)));
    text += QStringLiteral("<div>%1</div>").arg(html(index.data(MessageRole)));
    const QString fix = index.data(FixRole).toString();
    if (!fix.isEmpty())
        text += QStringLiteral("<div><b>%1</b> %2</div>").arg(tr("Fix:"), fix.toHtmlEscaped());
    const QString effect = index.data(EffectRole).toString();
    if (!effect.isEmpty())
        text +=
            QStringLiteral("<div><b>%1</b> %2</div>").arg(tr("Effect:"), effect.toHtmlEscaped());

    document.setDocumentMargin(0);
    document.setDefaultFont(option.font);
    document.setHtml(text);
    document.setTextWidth(width);
}

void FindingDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The style draws selection, hover and focus; the text is ours.
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QTextDocument document;
    layout(document, opt, index, opt.rect.width() - 2 * kPadding);
    QAbstractTextDocumentLayout::PaintContext context;
    const bool selected = opt.state & QStyle::State_Selected;
    context.palette.setColor(
        QPalette::Text, opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->save();
    painter->translate(opt.rect.topLeft() + QPoint(kPadding, kPadding));
    context.clip = QRectF(0, 0, opt.rect.width() - 2 * kPadding, opt.rect.height());
    document.documentLayout()->draw(painter, context);
    painter->restore();

    // A hairline between findings, in the palette's divider colour.
    painter->save();
    painter->setPen(opt.palette.color(QPalette::Midlight));
    painter->drawLine(opt.rect.bottomLeft(), opt.rect.bottomRight());
    painter->restore();
}

QSize FindingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = textWidth();
    if (width != mCachedWidth || option.font != mCachedFont) {
        mHeights.clear();
        mCachedWidth = width;
        mCachedFont = option.font;
    }
    // The display text has the name, message, fix and effect; the rule is drawn as well.
    const QString key = index.data(RuleRole).toString() + QLatin1Char('\n') +
                        index.data(Qt::DisplayRole).toString();
    auto height = mHeights.constFind(key);
    if (height == mHeights.cend()) {
        QTextDocument document;
        layout(document, option, index, width);
        height = mHeights.insert(key, static_cast<int>(std::ceil(document.size().height())) +
                                          2 * kPadding);
    }
    return {width + 2 * kPadding, *height};
}

} // namespace archstudio::ui
