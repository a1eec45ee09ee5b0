#pragma once

#include "limits.h"

#include <QString>

class QIODevice;

namespace archstudio::io {

/// Checks a zip archive's structure before anything is unpacked, reading only its end
/// record, its central directory and each entry's local header (so a huge or hostile file
/// costs little): the end record must end the file exactly (a file cut short by even one
/// byte fails here), the central directory must lie where the end record says and hold as
/// many entries as it says, every entry's local header must be where the directory points
/// and agree with it (name, flags, method), its data must end before the directory, and no
/// entry may be encrypted, span disks or use a compression method other than stored and
/// deflate. CRCs and sizes are checked while unpacking (readArchive).
/// Returns an empty string when the structure holds, else what is wrong.
QString checkZipStructure(QIODevice &zip, const Limits &limits);

} // namespace archstudio::io
