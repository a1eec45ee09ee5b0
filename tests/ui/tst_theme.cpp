// Every text colour of both themes reads against what it is drawn on (WCAG AA, 4.5:1).

#include "ui/theme.h"
#include "ui/widgetstyle.h"

#include "core/render/diagramstyle.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace archstudio;
using render::style::contrastRatio;
using render::style::kReadableContrast;

class TestTheme : public QObject
{
    Q_OBJECT

private slots:
    void contrastRatioFollowsWcag()
    {
        QCOMPARE(qRound(contrastRatio(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(contrastRatio(Qt::white, Qt::white), 1.0);
        // #767676 on white is the classic least grey that passes AA.
        QVERIFY(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) >= kReadableContrast);
        QVERIFY(contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) < kReadableContrast);
        // readableOn moves a colour only as far as it must.
        const QColor dim(0x4A, 0x55, 0x68);
        const QColor dark(0x1F, 0x21, 0x24);
        const QColor readable = render::style::readableOn(dim, dark);
        QVERIFY(contrastRatio(readable, dark) >= kReadableContrast);
        QVERIFY(contrastRatio(readable, dark) < kReadableContrast + 0.3);
        QCOMPARE(render::style::readableOn(Qt::black, Qt::white), QColor(Qt::black));
    }

    void containerFillsLookLikeTheirTintsOverTheCanvas()
    {
        // The canvas fills containers with one opaque colour (a plain memory fill); exports
        // paint the translucent tints. A zone inside its region must look the same in both.
        for (const QColor canvas : {QColor(Qt::white), QColor(0x1F, 0x21, 0x24)}) {
            QImage image(1, 1, QImage::Format_ARGB32_Premultiplied);
            image.fill(canvas);
            QPainter painter(&image);
            QColor region = render::style::regionColour();
            region.setAlpha(render::style::kRegionFillAlpha);
            painter.fillRect(image.rect(), region);
            const QColor regionPixel = image.pixelColor(0, 0);
            QColor zone = render::style::zoneColour();
            zone.setAlpha(render::style::kZoneFillAlpha);
            painter.fillRect(image.rect(), zone);
            painter.end();
            const auto near = [](const QColor &a, const QColor &b) {
                return a.alpha() == 255 && qAbs(a.red() - b.red()) <= 1 &&
                       qAbs(a.green() - b.green()) <= 1 && qAbs(a.blue() - b.blue()) <= 1;
            };
            QVERIFY2(near(render::style::containerFill(true, canvas), regionPixel),
                     qPrintable(canvas.name()));
            QVERIFY2(near(render::style::containerFill(false, canvas), image.pixelColor(0, 0)),
                     qPrintable(canvas.name()));
        }
    }

    void everyTextReadsInBothThemes_data()
    {
        QTest::addColumn<int>("choice");
        QTest::newRow("light") << int(ui::theme::Choice::Light);
        QTest::newRow("dark") << int(ui::theme::Choice::Dark);
    }

    void everyTextReadsInBothThemes()
    {
        QFETCH(int, choice);
        ui::theme::apply(ui::theme::Choice(choice));
        const QPalette p = QApplication::palette();
        QCOMPARE(ui::theme::isDark(p), choice == int(ui::theme::Choice::Dark));
        const auto check = [](const char *what, const QColor &text, const QColor &background) {
            const double ratio = contrastRatio(text, background);
            QVERIFY2(ratio >= kReadableContrast,
                     qPrintable(QStringLiteral("%1: %2 on %3 is %4:1")
                                    .arg(QLatin1String(what), text.name(), background.name())
                                    .arg(ratio, 0, 'f', 2)));
        };
        check("window text", p.color(QPalette::WindowText), p.color(QPalette::Window));
        check("text", p.color(QPalette::Text), p.color(QPalette::Base));
        check("secondary text on the window", ui::widgetstyle::mutedColor(p),
              p.color(QPalette::Window));
        check("secondary text in lists", ui::widgetstyle::mutedColor(p), p.color(QPalette::Base));
        const render::CardColours card = ui::theme::cardColours(p);
        check("card title", card.text, card.background);
        check("card subtitle", card.mutedText, card.background);
        // Region and zone titles, over their own fills on the canvas (the view's Base).
        const QColor canvas = p.color(QPalette::Base);
        const QColor regionFill = render::style::over(canvas, render::style::regionColour(),
                                                      render::style::kRegionFillAlpha);
        check("region title", render::style::containerTitleColour(true, canvas), regionFill);
        check("zone title", render::style::containerTitleColour(false, canvas),
              render::style::over(regionFill, render::style::zoneColour(),
                                  render::style::kZoneFillAlpha));
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
