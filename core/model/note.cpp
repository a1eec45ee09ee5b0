#include "note.h"

namespace archstudio::model {

QString noteColourName(NoteColour colour)
{
    switch (colour) {
    case NoteColour::Yellow:
        break;
    case NoteColour::Blue:
        return QStringLiteral("blue");
    case NoteColour::Green:
        return QStringLiteral("green");
    case NoteColour::Pink:
        return QStringLiteral("pink");
    case NoteColour::Grey:
        return QStringLiteral("grey");
    }
    return QStringLiteral("yellow");
}

QString noteFillHex(NoteColour colour)
{
    // Pale enough for dark text on a projector, distinct from every kind's colour.
    switch (colour) {
    case NoteColour::Yellow:
        break;
    case NoteColour::Blue:
        return QStringLiteral("#D6E8FF");
    case NoteColour::Green:
        return QStringLiteral("#D7F5DD");
    case NoteColour::Pink:
        return QStringLiteral("#FFDCEB");
    case NoteColour::Grey:
        return QStringLiteral("#E8EAED");
    }
    return QStringLiteral("#FFF3B0");
}

std::optional<NoteColour> noteColourFromName(const QString &name)
{
    for (NoteColour colour : kNoteColours) {
        if (noteColourName(colour) == name)
            return colour;
    }
    return std::nullopt;
}

QString NoteTarget::toString() const
{
    switch (kind) {
    case Kind::Component:
        break;
    case Kind::Zone:
        return QStringLiteral("zone:") + id;
    case Kind::Region:
        return QStringLiteral("region:") + id;
    }
    return QStringLiteral("component:") + id;
}

std::optional<NoteTarget> NoteTarget::parse(const QString &text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon == text.size() - 1)
        return std::nullopt;
    const QString kind = text.left(colon);
    NoteTarget target;
    target.id = text.mid(colon + 1);
    if (kind == QLatin1String("component"))
        target.kind = Kind::Component;
    else if (kind == QLatin1String("zone"))
        target.kind = Kind::Zone;
    else if (kind == QLatin1String("region"))
        target.kind = Kind::Region;
    else
        return std::nullopt;
    return target;
}

} // namespace archstudio::model
