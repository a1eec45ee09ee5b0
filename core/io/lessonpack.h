#pragma once

#include "designfile.h"

#include <QList>
#include <QString>

#include <optional>

namespace archstudio::io {

/// The file name suffix of lesson packs.
inline const QString kLessonPackSuffix = QStringLiteral("archlesson");

/// One step of a lesson: a design (usually an exercise, with its brief, goals, hints and model
/// answer) and the instructor's notes that go with it.
struct LessonItem
{
    QString notes;
    model::Design design;

    /// The design's name, or "Exercise N" for a design without one.
    QString title(qsizetype index) const;
    friend bool operator==(const LessonItem &, const LessonItem &) = default;
};

/// Several exercises in the order they are taught, in one file: a zip with a manifest and one
/// design per exercise (docs/FILE-FORMAT.md, "Lesson packs").
struct LessonPack
{
    QString title;
    QString notes; ///< for the whole lesson: what it covers, what to read first
    QList<LessonItem> items;
    friend bool operator==(const LessonPack &, const LessonPack &) = default;
};

struct LessonPackLoad
{
    std::optional<LessonPack> pack; ///< empty when any problem is an error
    /// Each problem's path starts with the entry it is in: "manifest.json: items[2].file" or
    /// "exercises/03.json: components[1].kind".
    model::Problems problems;
};

/// Whether the file is a lesson pack, told by its manifest rather than by its name; reads the
/// archive only when it starts like a zip.
bool isLessonPack(const QString &path, const Limits &limits = {});

/// Reads a lesson pack; every design in it is read and checked as a design file is. Nothing is
/// partially loaded: on any error the result holds no pack.
LessonPackLoad loadLessonPack(const QString &path, const LoadOptions &options = {});

/// Writes the pack atomically. Returns an empty string on success, else what went wrong.
QString saveLessonPack(const QString &path, const LessonPack &pack);

} // namespace archstudio::io
