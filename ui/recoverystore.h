#pragma once

#include "core/model/design.h"

#include <QDateTime>
#include <QLockFile>
#include <QString>

#include <memory>

namespace archstudio::ui {

/// Autosave and crash recovery. Each studio window owns one session: a recovery copy of its
/// design (written atomically, as any save) next to a small description of it, and a lock
/// file held while the window lives. A recovery copy whose lock is gone belongs to a studio
/// that did not close cleanly, and is offered back on the next start.
///
/// Files live in QStandardPaths::AppDataLocation/recovery (tests enable Qt's test mode).
class RecoveryStore
{
public:
    struct Orphan
    {
        QString recoveryPath; ///< the autosaved design
        QString originalPath; ///< the file it was opened from; empty for a new design
        QString designName;
        QDateTime savedAt;
    };

    RecoveryStore();
    ~RecoveryStore();

    static QString directory();

    /// Writes the design as this session's recovery copy; returns an error message or "".
    QString autosave(const model::Design &design, const QString &originalPath);
    /// The design is saved (or abandoned on purpose): the recovery copy goes.
    void discard();
    QString recoveryPath() const;

    /// Recovery copies left by studios that are no longer running, newest first.
    static QList<Orphan> orphans();
    /// Deletes an orphan's files once it has been recovered or declined.
    static void forget(const Orphan &orphan);

private:
    QString mSession;
    std::unique_ptr<QLockFile> mLock;
};

} // namespace archstudio::ui
