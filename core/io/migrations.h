#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <boost/json/object.hpp>

#include <functional>
#include <optional>

namespace archstudio::io {

/// Upgrades design.json from fromVersion to fromVersion + 1, in place.
struct Migration
{
    int fromVersion = 0;
    QString description;
    std::function<void(boost::json::object &)> apply;
};

/// The ordered steps that bring any older design.json up to the current format version,
/// one step per version (ARCHITECTURE.md, "Files").
class MigrationChain
{
public:
    MigrationChain(int currentVersion, QList<Migration> steps)
        : mCurrentVersion(currentVersion), mSteps(std::move(steps))
    {}

    int currentVersion() const { return mCurrentVersion; }

    /// Migrates root from its version to the current one and stamps the new version.
    /// Returns an error message when a step is missing or the file is newer than this build.
    /// The descriptions of the applied steps are appended to applied.
    std::optional<QString> migrate(boost::json::object &root, int fromVersion,
                                   QStringList *applied = nullptr) const;

    /// The chain this build ships: 1 -> 2 names the variant, 2 -> 3 changes nothing, as
    /// scenes are new (docs/FILE-FORMAT.md).
    static const MigrationChain &builtin();

private:
    int mCurrentVersion;
    QList<Migration> mSteps;
};

} // namespace archstudio::io
