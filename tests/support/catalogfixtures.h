#pragma once

// What the shipped catalog (the bundled figures and the AWS plugin's) prices, read straight
// from its keys, for tests of what the
// studio and the engine list from it.

#include "core/catalog/catalogfile.h"
#include "support/testkinds.h"

#include <QSet>
#include <QString>

namespace archstudio::test {

/// The RDS instance classes the bundled catalog prices under a prefix such as
/// "price.us-east-1.rds.instance.mysql.", whatever the deployment token that follows it.
inline QSet<QString> bundledRdsClassesUnder(const QString &prefix)
{
    QSet<QString> classes;
    const auto &entries = test::kinds()->catalog().entries();
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        if (it.key().startsWith(prefix))
            classes.insert(it.key().mid(prefix.size()).section(QLatin1Char('.'), 1));
    }
    return classes;
}

} // namespace archstudio::test
