// Compiled on Windows only (app/CMakeLists.txt); see windowsconsole.h.
#include "windowsconsole.h"

#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>

#include <cstdio>
#include <io.h>

namespace archstudio::app {

namespace {

/// True when the C runtime's stream has no file or handle behind it: a GUI-subsystem program
/// started without a redirection. (_get_osfhandle is -2 for "no stream", -1 for invalid.)
bool unconnected(std::FILE *stream)
{
    const int fd = _fileno(stream);
    return fd < 0 || _get_osfhandle(fd) < 0;
}

void reopen(std::FILE *stream, const char *device, const char *mode)
{
    std::FILE *reopened = nullptr;
    // stderr unbuffered, as it starts; stdout keeps the C runtime's buffering (the commands
    // flush their output, and exit flushes it). MSVC rejects _IOLBF with no buffer.
    if (freopen_s(&reopened, device, mode, stream) == 0 && stream == stderr)
        std::setvbuf(stream, nullptr, _IONBF, 0);
}

} // namespace

void attachParentConsole(int argc)
{
    // The studio alone (no argument) wants no console.
    if (argc < 2)
        return;
    // Decided before attaching: a redirected stream keeps its file or pipe.
    const bool in = unconnected(stdin);
    const bool out = unconnected(stdout);
    const bool err = unconnected(stderr);
    if (!in && !out && !err)
        return;
    // Fails when the parent has no console (started from Explorer or a shortcut): then there
    // is nowhere to print, as before.
    if (!AttachConsole(ATTACH_PARENT_PROCESS))
        return;
    if (in)
        reopen(stdin, "CONIN$", "r");
    if (out)
        reopen(stdout, "CONOUT$", "w");
    if (err)
        reopen(stderr, "CONOUT$", "w");
}

} // namespace archstudio::app
