#include "recoverystore.h"

#include "core/io/designfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace archstudio::ui {

namespace {

const QString kDesignSuffix = QStringLiteral(".archstudio");
const QString kInfoSuffix = QStringLiteral(".recovery.json");
const QString kLockSuffix = QStringLiteral(".lock");

QString pathFor(const QString &session, const QString &suffix)
{
    return RecoveryStore::directory() + QLatin1Char('/') + session + suffix;
}

} // namespace

RecoveryStore::RecoveryStore() : mSession(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QDir().mkpath(directory());
    mLock = std::make_unique<QLockFile>(pathFor(mSession, kLockSuffix));
    mLock->setStaleLockTime(0); // only a dead owner makes a lock stale, never its age
    mLock->tryLock(0);
}

RecoveryStore::~RecoveryStore()
{
    discard();
}

QString RecoveryStore::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/recovery");
}

QString RecoveryStore::recoveryPath() const
{
    return pathFor(mSession, kDesignSuffix);
}

QString RecoveryStore::autosave(const model::Design &design, const QString &originalPath)
{
    io::DesignFile file;
    file.design = design;
    file.container = io::Container::Archive;
    if (QString error = io::saveDesignFile(recoveryPath(), file); !error.isEmpty())
        return error;
    QSaveFile info(pathFor(mSession, kInfoSuffix));
    if (!info.open(QIODevice::WriteOnly))
        return info.errorString();
    const QJsonObject description{
        {QStringLiteral("originalPath"), originalPath},
        {QStringLiteral("designName"), design.name},
        {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    info.write(QJsonDocument(description).toJson());
    return info.commit() ? QString() : info.errorString();
}

void RecoveryStore::discard()
{
    QFile::remove(pathFor(mSession, kDesignSuffix));
    QFile::remove(pathFor(mSession, kInfoSuffix));
}

QList<RecoveryStore::Orphan> RecoveryStore::orphans()
{
    QList<Orphan> found;
    const QDir dir(directory());
    // The copy itself makes an orphan; its description is written just after it, so a studio
    // killed between the two still leaves its work to recover (named by the copy's time).
    for (const QString &name : dir.entryList({QLatin1Char('*') + kDesignSuffix}, QDir::Files)) {
        const QString session = name.chopped(kDesignSuffix.size());
        // A lock we can take is a lock nobody holds: its studio is gone.
        QLockFile lock(pathFor(session, kLockSuffix));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        QFile info(pathFor(session, kInfoSuffix));
        const QJsonObject description = info.open(QIODevice::ReadOnly)
                                            ? QJsonDocument::fromJson(info.readAll()).object()
                                            : QJsonObject();
        QDateTime savedAt = QDateTime::fromString(
            description.value(QStringLiteral("savedAt")).toString(), Qt::ISODate);
        if (!savedAt.isValid())
            savedAt = QFileInfo(dir.filePath(name)).lastModified().toUTC();
        found.append({pathFor(session, kDesignSuffix),
                      description.value(QStringLiteral("originalPath")).toString(),
                      description.value(QStringLiteral("designName")).toString(), savedAt});
    }
    std::sort(found.begin(), found.end(),
              [](const Orphan &a, const Orphan &b) { return a.savedAt > b.savedAt; });
    return found;
}

void RecoveryStore::forget(const Orphan &orphan)
{
    const QString session = QFileInfo(orphan.recoveryPath).completeBaseName();
    QFile::remove(orphan.recoveryPath);
    QFile::remove(pathFor(session, kInfoSuffix));
    QFile::remove(pathFor(session, kLockSuffix));
}

} // namespace archstudio::ui
