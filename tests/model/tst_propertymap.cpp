#include "core/model/propertymap.h"

#include <QTest>

using archstudio::model::PropertyMap;

namespace {

/// The keys in iteration order.
QStringList order(const PropertyMap &map)
{
    QStringList keys;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        keys.append(it.key());
    return keys;
}

} // namespace

/// PropertyMap replaces QMap<QString, QVariant> for components' properties: these tests pin
/// the QMap behaviour the rest of the code relies on (name order, which files are written in;
/// one entry per key; implicit sharing of copies).
class TestPropertyMap : public QObject
{
    Q_OBJECT

private slots:
    void keepsNameOrderWhateverTheInsertionOrder()
    {
        PropertyMap map;
        for (const char *key : {"storageGiB", "engine", "zeta", "Engine", "deployment", "a"})
            map.insert(QString::fromLatin1(key), 1);
        // QMap<QString, ...> orders by UTF-16 code unit: capitals before lower case.
        QCOMPARE(order(map),
                 QStringList({"Engine", "a", "deployment", "engine", "storageGiB", "zeta"}));
        QCOMPARE(map.keys(), order(map));
        QCOMPARE(map.size(), 6);
    }

    void insertReplacesAnExistingKey()
    {
        PropertyMap map{{"engine", "postgres"}, {"shards", 2}};
        map.insert("engine", "mysql");
        QCOMPARE(map.size(), 2);
        QCOMPARE(map.value("engine").toString(), QStringLiteral("mysql"));
        // A repeated key in a list keeps its last value, as QMap's does.
        const PropertyMap repeated{{"a", 1}, {"a", 2}};
        QCOMPARE(repeated.size(), 1);
        QCOMPARE(repeated.value("a").toInt(), 2);
    }

    void insertsManyAsOneByOne()
    {
        PropertyMap map{{"b", 1}, {"d", 1}};
        map.insertMany({{"c", 2}, {"b", 2}, {"a", 2}, {"c", 3}});
        PropertyMap oneByOne{{"b", 1}, {"d", 1}};
        for (const auto &[key, value] :
             QList<PropertyMap::Entry>{{"c", 2}, {"b", 2}, {"a", 2}, {"c", 3}})
            oneByOne.insert(key, value);
        QVERIFY(map == oneByOne);
        QCOMPARE(order(map), QStringList({"a", "b", "c", "d"}));
        QCOMPARE(map.value("b").toInt(), 2); // replaced
        QCOMPARE(map.value("c").toInt(), 3); // the last of two
        QCOMPARE(map.value("d").toInt(), 1); // kept

        // Keys in reverse order, as a file may hold them: sorted once, not moved per key.
        QList<PropertyMap::Entry> reversed;
        for (int i = 9999; i >= 0; --i)
            reversed.append({QStringLiteral("p%1").arg(i, 5, 10, QLatin1Char('0')), i});
        PropertyMap many;
        many.insertMany(reversed);
        QCOMPARE(many.size(), 10000);
        QCOMPARE(many.cbegin().key(), QStringLiteral("p00000"));
        QCOMPARE(many.value("p04321").toInt(), 4321);
    }

    void findsOnlyWhatItHolds()
    {
        const PropertyMap map{{"b", 2}, {"d", 4}, {"f", 6}};
        for (const char *absent : {"a", "c", "e", "g", ""}) {
            QVERIFY(map.constFind(QString::fromLatin1(absent)) == map.cend());
            QVERIFY(!map.contains(QString::fromLatin1(absent)));
            QCOMPARE(map.value(QString::fromLatin1(absent), 42).toInt(), 42);
        }
        QCOMPARE(map.constFind("d").key(), QStringLiteral("d"));
        QCOMPARE(*map.constFind("d"), QVariant(4));
        QVERIFY(!map.value("a").isValid());
        QVERIFY(PropertyMap().constFind("a") == PropertyMap().cend());
    }

    void removesAndErases()
    {
        PropertyMap map{{"a", 1}, {"b", 2}, {"c", 3}};
        QCOMPARE(map.remove("b"), 1);
        QCOMPARE(map.remove("b"), 0);
        QCOMPARE(order(map), QStringList({"a", "c"}));
        const auto next = map.erase(map.find("a"));
        QCOMPARE(next.key(), QStringLiteral("c"));
        QCOMPARE(order(map), QStringList({"c"}));
        const auto last = map.erase(map.find("c"));
        QVERIFY(last == map.end());
        QVERIFY(map.isEmpty());
    }

    void subscriptAddsANullValueInOrder()
    {
        PropertyMap map{{"a", 1}, {"c", 3}};
        map["b"] = 2;
        QCOMPARE(order(map), QStringList({"a", "b", "c"}));
        QVERIFY(!map["d"].isValid());
        QCOMPARE(map.size(), 4);
        map["a"] = 10;
        QCOMPARE(map.value("a").toInt(), 10);
    }

    void copiesAreIndependent()
    {
        PropertyMap original{{"engine", "postgres"}};
        PropertyMap copy = original;
        QVERIFY(copy == original);
        copy.insert("engine", "mysql");
        copy["shards"] = 1;
        *copy.find("engine") = QStringLiteral("aurora");
        QCOMPARE(original.value("engine").toString(), QStringLiteral("postgres"));
        QCOMPARE(original.size(), 1);
        QVERIFY(copy != original);
    }

    void equalityComparesKeysAndValues()
    {
        QVERIFY(PropertyMap({{"a", 1}, {"b", 2}}) == PropertyMap({{"b", 2}, {"a", 1}}));
        QVERIFY(PropertyMap({{"a", 1}}) != PropertyMap({{"a", 2}}));
        QVERIFY(PropertyMap({{"a", 1}}) != PropertyMap({{"b", 1}}));
        QVERIFY(PropertyMap() == PropertyMap());
    }
};

QTEST_APPLESS_MAIN(TestPropertyMap)
#include "tst_propertymap.moc"
