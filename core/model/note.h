#pragma once

#include <QPointF>
#include <QSizeF>
#include <QString>

#include <optional>

namespace archstudio::model {

/// The few colours a note comes in: enough to tell a warning from an aside on a projector.
enum class NoteColour { Yellow, Blue, Green, Pink, Grey };

QString noteColourName(NoteColour colour);
std::optional<NoteColour> noteColourFromName(const QString &name);
/// The fill every drawing of a note uses (canvas, pictures, draw.io), as #RRGGBB.
QString noteFillHex(NoteColour colour);
/// Every colour, in menu order.
inline constexpr NoteColour kNoteColours[] = {
    NoteColour::Yellow, NoteColour::Blue, NoteColour::Green, NoteColour::Pink, NoteColour::Grey};

/// What a callout's arrow points at: a component, a zone or a region, by id or code. Written
/// as "component:ID", "zone:CODE" or "region:CODE" (as `simulate --fail` names targets).
struct NoteTarget
{
    enum class Kind { Component, Zone, Region };
    Kind kind = Kind::Component;
    QString id;

    QString toString() const;
    static std::optional<NoteTarget> parse(const QString &text);
    friend bool operator==(const NoteTarget &, const NoteTarget &) = default;
};

/// A sticky note on the canvas, or a callout when it points at something.
struct Note
{
    static constexpr QSizeF kDefaultSize{200.0, 90.0};
    static constexpr qreal kMinimumSide = 40.0;
    static constexpr qreal kMaximumSide = 4000.0;

    /// Named only once a scene hides the note ("note-3"); written with scenes (format 3).
    QString id;
    QString text;
    QPointF at; ///< the top-left corner, in canvas units
    QSizeF size = kDefaultSize;
    NoteColour colour = NoteColour::Yellow;
    std::optional<NoteTarget> pointsTo;

    friend bool operator==(const Note &, const Note &) = default;
};

} // namespace archstudio::model
