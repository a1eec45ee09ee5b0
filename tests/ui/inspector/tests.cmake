# UI tests of the inspector area (included by tests/CMakeLists.txt).
archstudio_add_test(tst_inspectorwidget ui/inspector/tst_inspectorwidget.cpp
    LIBS ArchStudio::Ui ArchStudio::BuiltinPlugins)
archstudio_add_test(tst_inspectorproblems ui/inspector/tst_inspectorproblems.cpp
    LIBS ArchStudio::Ui ArchStudio::BuiltinPlugins)
