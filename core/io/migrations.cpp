#include "migrations.h"

#include <QCoreApplication>

#include "designjson.h"

namespace archstudio::io {

std::optional<QString> MigrationChain::migrate(boost::json::object &root, int fromVersion,
                                               QStringList *applied) const
{
    if (fromVersion > mCurrentVersion) {
        return QCoreApplication::translate(
                   "Io", "format version %1 was written by a newer ArchStudio; this one "
                         "reads versions up to %2")
            .arg(fromVersion)
            .arg(mCurrentVersion);
    }
    for (int version = fromVersion; version < mCurrentVersion; ++version) {
        const auto step = std::find_if(mSteps.cbegin(), mSteps.cend(), [&](const Migration &m) {
            return m.fromVersion == version;
        });
        if (step == mSteps.cend()) {
            return QCoreApplication::translate(
                       "Io", "format version %1 cannot be read: no migration from version "
                             "%1 to %2")
                .arg(version)
                .arg(version + 1);
        }
        step->apply(root);
        if (applied)
            applied->append(step->description);
    }
    root["formatVersion"] = mCurrentVersion;
    return std::nullopt;
}

const MigrationChain &MigrationChain::builtin()
{
    static const MigrationChain chain(
        kCurrentFormatVersion,
        {{1,
          QCoreApplication::translate(
              "Io", "version 2 keeps variants of a design; a version-1 design is its one "
                    "variant, \"%1\"")
              .arg(model::Design::defaultVariantName()),
          [](boost::json::object &root) {
              root["variant"] = model::Design::defaultVariantName().toStdString();
          }},
         {2,
          QCoreApplication::translate(
              "Io", "version 3 keeps a presentation's scenes; a version-2 design has none"),
          [](boost::json::object &) {
          }}});
    return chain;
}

} // namespace archstudio::io
