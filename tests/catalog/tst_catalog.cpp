#include "core/catalog/catalogfile.h"

#include <QTest>

class TestCatalog : public QObject
{
    Q_OBJECT
private slots:
    void bundledLoads() { QVERIFY(!archstudio::catalog::bundledCatalog().id().isEmpty()); }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
