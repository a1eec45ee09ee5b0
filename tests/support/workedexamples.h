#pragma once

// The worked examples of reference/aws-reference.md as test rows: the hand-written design in
// tests/data/engine/, the component priced, and the reference's monthly figure. Shared by
// the engine's golden test and the CLI's, which must agree on them.

#include <QString>
#include <QTest>

namespace archstudio::test {

/// Adds the columns file, component, expected and one row per worked example.
inline void addWorkedExampleRows()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("component");
    QTest::addColumn<double>("expected");
    QTest::newRow("1 RDS MySQL Single-AZ") << "example1-rds-single-az.json"
                                           << "db" << 196.58;
    QTest::newRow("2 RDS MySQL Multi-AZ") << "example2-rds-multi-az.json"
                                          << "db" << 300.46;
    QTest::newRow("3 DynamoDB on-demand") << "example3-dynamodb-on-demand.json"
                                          << "table" << 60.375;
    QTest::newRow("4 Aurora Serverless v2") << "example4-aurora-serverless.json"
                                            << "writer" << 438.00;
    QTest::newRow("5 Aurora Standard I/O") << "example5-aurora-standard-io.json"
                                           << "cluster" << 20.51;
}

} // namespace archstudio::test
