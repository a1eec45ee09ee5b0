#include "theme.h"

#include "core/render/diagramstyle.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

#include <optional>

namespace archstudio::ui::theme {

namespace {

std::optional<QPalette> gSystemPalette;
QString gSystemStyle;

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2B, 0x2D, 0x31), base(0x1F, 0x21, 0x24), text(0xE6, 0xE8, 0xEB);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8A, 0x91, 0x9C));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x3B, 0x82, 0xF6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6C, 0xA8, 0xFF));
    p.setColor(QPalette::Mid, QColor(0x4A, 0x4D, 0x52));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1B));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x76, 0x7B, 0x84));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x76, 0x7B, 0x84));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x76, 0x7B, 0x84));
    return p;
}

} // namespace

QString choiceName(Choice choice)
{
    switch (choice) {
    case Choice::Light:
        return QStringLiteral("light");
    case Choice::Dark:
        return QStringLiteral("dark");
    case Choice::System:
        break;
    }
    return QStringLiteral("system");
}

Choice choiceFromName(const QString &name)
{
    if (name == QLatin1String("light"))
        return Choice::Light;
    if (name == QLatin1String("dark"))
        return Choice::Dark;
    return Choice::System;
}

void apply(Choice choice)
{
    if (!gSystemPalette) {
        gSystemPalette = QApplication::palette();
        gSystemStyle = QApplication::style()->name();
    }
    switch (choice) {
    case Choice::System:
        QApplication::setStyle(QStyleFactory::create(gSystemStyle));
        QApplication::setPalette(*gSystemPalette);
        break;
    case Choice::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Choice::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        break;
    }
}

QPalette fixedPalette(bool dark)
{
    if (dark)
        return darkPalette();
    static const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

render::CardColours cardColours(const QPalette &palette)
{
    render::CardColours colours;
    colours.background = palette.color(QPalette::Base);
    colours.text = palette.color(QPalette::Text);
    // Secondary text must still read (WCAG AA), whatever the theme's placeholder colour.
    colours.mutedText =
        render::style::readableOn(palette.color(QPalette::PlaceholderText), colours.background);
    colours.border = palette.color(QPalette::Mid);
    colours.selection = palette.color(QPalette::Highlight);
    return colours;
}

} // namespace archstudio::ui::theme
