# The export area's UI tests (included from tests/CMakeLists.txt).
archstudio_add_test(tst_exportdialog ui/export/tst_exportdialog.cpp
    LIBS ArchStudio::Ui ArchStudio::BuiltinPlugins Qt6::PrintSupport)
archstudio_add_test(tst_writefailures ui/export/tst_writefailures.cpp
    LIBS ArchStudio::Ui ArchStudio::BuiltinPlugins)
