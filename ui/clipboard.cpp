#include "clipboard.h"

#include "core/io/designfile.h"

#include <QMimeData>

namespace archstudio::ui::clipboard {

QMimeData *toMimeData(const document::edits::Fragment &fragment)
{
    auto *mime = new QMimeData;
    const QByteArray json = io::designJsonBytes(fragment.design);
    mime->setData(kMimeType, json);
    mime->setText(QString::fromUtf8(json));
    return mime;
}

document::edits::Fragment fromMimeData(const QMimeData *mime, QString *error)
{
    document::edits::Fragment fragment;
    if (!mime)
        return fragment;
    const QByteArray json =
        mime->hasFormat(kMimeType) ? mime->data(kMimeType) : mime->text().toUtf8();
    if (json.trimmed().isEmpty() || !json.trimmed().startsWith('{')) {
        if (error)
            *error = QObject::tr("The clipboard holds no ArchStudio components.");
        return fragment;
    }
    // What was copied may be work in progress (a replica whose source was not copied).
    io::LoadOptions options;
    options.rejectInvalidDesigns = false;
    io::LoadResult loaded = io::loadDesignJson(json, options);
    if (!loaded.file) {
        if (error)
            *error = QObject::tr("The clipboard's design cannot be read: %1")
                         .arg(loaded.problems.isEmpty() ? QString()
                                                        : loaded.problems.first().toString());
        return fragment;
    }
    fragment.design = std::move(loaded.file->design);
    return fragment;
}

} // namespace archstudio::ui::clipboard
