#include "core/json/jsonparse.h"
#include "core/json/jsonwriter.h"

#include <QTest>

#include <boost/json/parse.hpp>

using namespace archstudio;

class TestJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void numbersAreShortestExact_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("integral") << 2000.0 << "2000";
        QTest::newRow("ratio") << 0.9 << "0.9";
        QTest::newRow("price") << 0.0136 << "0.0136";
        QTest::newRow("negative") << -12.5 << "-12.5";
        QTest::newRow("tiny") << 1e-9 << "1e-09";
        QTest::newRow("third") << 1.0 / 3.0 << "0.3333333333333333";
    }

    void numbersAreShortestExact()
    {
        QFETCH(double, value);
        QFETCH(QString, text);
        const std::string written = json::formatJsonNumber(value);
        QCOMPARE(QString::fromStdString(written), text);
        QCOMPARE(boost::json::parse(written).to_number<double>(), value); // reads back exactly
    }

    void layoutIsStable()
    {
        const auto value = boost::json::parse(
            R"({"b": [1, 2, 3], "a": {"x": 1.5, "y": "s"}, "nested": {"deep": {"list": [{"k": true}]}}})");
        const QByteArray expected = "{\n"
                                    "  \"b\": [1, 2, 3],\n"
                                    "  \"a\": { \"x\": 1.5, \"y\": \"s\" },\n"
                                    "  \"nested\": {\n"
                                    "    \"deep\": {\n"
                                    "      \"list\": [\n"
                                    "        { \"k\": true }\n"
                                    "      ]\n"
                                    "    }\n"
                                    "  }\n"
                                    "}\n";
        QCOMPARE(json::writePrettyJson(value), expected);
        QCOMPARE(json::writePrettyJson(boost::json::parse(expected.toStdString())), expected);
    }

    void longFlatArraysWrap()
    {
        boost::json::array zones;
        for (int i = 0; i < 20; ++i)
            zones.push_back(boost::json::string("us-east-1-zone-" + std::to_string(i)));
        const QByteArray text = json::writePrettyJson(boost::json::object{{"zones", zones}});
        for (const QByteArray &line : text.split('\n'))
            QVERIFY2(line.size() <= 100, line.constData());
    }

    void parseErrorsNameLineAndColumn()
    {
        const json::JsonParseResult result = json::parseJson("{\n  \"a\": 1,\n  \"b\": ]\n}", 64);
        QVERIFY(!result.value);
        QVERIFY2(result.error.startsWith(QStringLiteral("line 3, column 8")),
                 qPrintable(result.error));
    }

    void depthLimitIsEnforced()
    {
        const QByteArray ok = QByteArray(10, '[') + QByteArray(10, ']');
        QVERIFY(json::parseJson(ok, 10).value);
        const QByteArray deep = QByteArray(11, '[') + QByteArray(11, ']');
        const json::JsonParseResult result = json::parseJson(deep, 10);
        QVERIFY(!result.value);
        QVERIFY(result.error.contains(QStringLiteral("nested more than 10 levels deep")));
    }

    void trailingGarbageIsRefused()
    {
        const json::JsonParseResult result = json::parseJson("{} {}", 64);
        QVERIFY(!result.value);
        QVERIFY(result.error.contains(QStringLiteral("unexpected text after the end")));
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
