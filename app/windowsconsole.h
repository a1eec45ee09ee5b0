#pragma once

namespace archstudio::app {

/// On Windows, where the executable is a GUI-subsystem program (WIN32_EXECUTABLE) and so has
/// no console of its own: when it was started with arguments (a subcommand, --help,
/// --version, or a file the studio may refuse with a message), attaches to the console of the
/// process that started it (cmd.exe, PowerShell) and reopens stdin, stdout and stderr on it,
/// so the command line prints and reads there as it does elsewhere. A stream already
/// redirected (`archstudio evaluate x.archstudio > out.txt`) is left as it is. Started from
/// Explorer there is no parent console, and nothing happens. Elsewhere it does nothing.
/// Call it first thing in main(), before Qt or the C++ streams are used.
#ifdef _WIN32
void attachParentConsole(int argc);
#else
inline void attachParentConsole(int) {}
#endif

} // namespace archstudio::app
