# The panels area's UI tests (included from tests/CMakeLists.txt).
archstudio_add_test(tst_summarypanel ui/panels/tst_summarypanel.cpp
    LIBS ArchStudio::Ui ArchStudio::BuiltinPlugins)
archstudio_add_test(tst_reviewpanel ui/panels/tst_reviewpanel.cpp
    LIBS ArchStudio::Ui ArchStudio::BuiltinPlugins)
archstudio_add_test(tst_workloadtable ui/panels/tst_workloadtable.cpp
    LIBS ArchStudio::Ui ArchStudio::BuiltinPlugins)
