# The analysis area's UI tests (included from tests/CMakeLists.txt).
archstudio_add_test(tst_analysis ui/analysis/tst_analysis.cpp
    LIBS ArchStudio::Ui ArchStudio::BuiltinPlugins)
archstudio_add_test(tst_variantcomparison ui/analysis/tst_variantcomparison.cpp
    LIBS ArchStudio::Ui ArchStudio::BuiltinPlugins)
archstudio_add_test(tst_montecarlodialog ui/analysis/tst_montecarlodialog.cpp
    LIBS ArchStudio::Ui ArchStudio::BuiltinPlugins)
