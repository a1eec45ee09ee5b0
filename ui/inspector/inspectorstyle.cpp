#include "inspectorstyle.h"
#include "ui/widgetstyle.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QRegularExpression>
#include <QToolButton>
#include <QWidget>

#include <cmath>

namespace archstudio::ui::inspectorstyle {

namespace {

const char *const kShowsDefault = "showsDefault";

} // namespace

void setShowsDefault(QWidget *widget, bool showsDefault)
{
    if (widget->property(kShowsDefault).toBool() == showsDefault &&
        widget->property(kShowsDefault).isValid())
        return;
    widget->setProperty(kShowsDefault, showsDefault);
    QFont font = widget->font();
    font.setItalic(showsDefault);
    widget->setFont(font);
    if (!showsDefault) {
        // An empty palette resolves nothing, so the widget follows its parent's again.
        widget->setPalette(QPalette());
        return;
    }
    QPalette palette = widget->palette();
    const QColor muted = widgetstyle::mutedColor(palette);
    for (const auto role : {QPalette::Text, QPalette::ButtonText, QPalette::WindowText})
        palette.setColor(role, muted);
    widget->setPalette(palette);
}

bool showsDefault(const QWidget *widget)
{
    return widget->property(kShowsDefault).toBool();
}

QString fallbackText(const model::PropertySchema &schema)
{
    // The help's "(default: …)" note, as the help's translation words it.
    static const QRegularExpression defaultNote(QCoreApplication::translate(
        "InspectorWidget", R"(\(default: ([^)]+)\))",
        "a regular expression finding the \"(default: …)\" note in a property's help text, "
        "as the help texts are translated; keep the brackets and the group"));
    const QRegularExpressionMatch match = defaultNote.match(schema.help);
    if (match.hasMatch())
        return match.captured(1);
    return QCoreApplication::translate("InspectorWidget", "auto");
}

QString defaultText(const model::PropertySchema &schema)
{
    const QVariant &value = schema.defaultValue;
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        return {};
    case QMetaType::Bool:
        return value.toBool() ? QCoreApplication::translate("InspectorWidget", "Yes")
                              : QCoreApplication::translate("InspectorWidget", "No");
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        const QStringList items = value.toStringList();
        return items.isEmpty() ? QCoreApplication::translate("InspectorWidget", "none")
                               : items.join(QStringLiteral(", "));
    }
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Double:
        return (QLocale().toString(value.toDouble(), 'g', 12) + unitSuffix(schema.unit));
    default:
        return value.toString();
    }
}

QString unitSuffix(const QString &unit)
{
    if (unit.isEmpty())
        return {};
    if (unit.startsWith(QStringLiteral("1/")))
        return QStringLiteral(" /") + unit.mid(2);
    return QLatin1Char(' ') + unit;
}

QIcon resetIcon(const QPalette &palette)
{
    // Drawn rather than taken from the icon theme, which offscreen and on many desktops has no
    // "edit-undo"; the style's own clear icon reads as "delete".
    QIcon icon;
    QColor colour = palette.color(QPalette::ButtonText);
    colour.setAlphaF(0.75f);
    for (const int size : {16, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal unit = size / 16.0;
        const QPointF centre(8.0 * unit, 8.5 * unit);
        const qreal radius = 4.5 * unit;
        // An arc from the top, clockwise round to the upper left, with the arrow head at the
        // top pointing back anticlockwise: the usual "undo" circle.
        constexpr qreal startDegrees = 100.0;
        constexpr qreal spanDegrees = -290.0;
        painter.setPen(QPen(colour, 1.6 * unit, Qt::SolidLine, Qt::RoundCap));
        painter.drawArc(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                        int(startDegrees * 16), int(spanDegrees * 16));
        const qreal start = qDegreesToRadians(startDegrees);
        const QPointF tip = centre + QPointF(radius * std::cos(start), -radius * std::sin(start));
        const QPointF along(-std::sin(start), -std::cos(start)); // anticlockwise on screen
        const QPointF across(along.y(), -along.x());
        QPainterPath head;
        head.moveTo(tip + along * 2.4 * unit);
        head.lineTo(tip - along * 1.0 * unit + across * 2.4 * unit);
        head.lineTo(tip - along * 1.0 * unit - across * 2.4 * unit);
        head.closeSubpath();
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawPath(head);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QToolButton *createResetButton(QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setAutoRaise(true);
    button->setIcon(resetIcon(parent->palette()));
    QSizePolicy policy = button->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    button->setSizePolicy(policy);
    button->setVisible(false);
    return button;
}

QWidget *withResetGutter(QWidget *editor, QWidget *parent)
{
    auto *field = new QWidget(parent);
    auto *layout = new QHBoxLayout(field);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    editor->setParent(field);
    layout->addWidget(editor, 1);
    layout->addWidget(createResetButton(field), 0, Qt::AlignTop);
    return field;
}

} // namespace archstudio::ui::inspectorstyle
