#include "validatecommand.h"

#include "core/io/designfile.h"

namespace archstudio::cli {

int runValidate(const QStringList &args, Streams streams)
{
    bool strict = false;
    QStringList files;
    for (const QString &arg : args) {
        if (arg == QLatin1String("--strict"))
            strict = true;
        else if (arg.startsWith(QLatin1Char('-')) && arg != QLatin1String("-")) {
            streams.err << "archstudio validate: unknown option " << arg << "\n\n" << usage();
            return UsageError;
        } else
            files << arg;
    }
    if (files.size() != 1) {
        streams.err << "archstudio validate: expected exactly one FILE\n\n" << usage();
        return UsageError;
    }

    const QString &path = files.first();
    const io::LoadResult result = io::loadDesignFile(path);
    int errors = 0;
    int warnings = 0;
    for (const model::Problem &problem : result.problems) {
        const bool fails = problem.isError() || strict;
        (fails ? errors : warnings)++;
        streams.err << path << ": " << (fails ? "error: " : "warning: ") << problem.toString()
                    << '\n';
    }
    if (!result.file || errors > 0) {
        streams.err << path << ": invalid: " << errors << (errors == 1 ? " error" : " errors");
        if (warnings > 0)
            streams.err << ", " << warnings << (warnings == 1 ? " warning" : " warnings");
        streams.err << '\n';
        return InputError;
    }
    const model::Design &design = result.file->design;
    streams.out << path << ": valid: \"" << design.name << "\", " << design.components.size()
                << " components, " << design.links.size() << " links, " << design.regions.size()
                << " regions";
    if (warnings > 0)
        streams.out << ", " << warnings << (warnings == 1 ? " warning" : " warnings");
    streams.out << '\n';
    return Success;
}

} // namespace archstudio::cli
