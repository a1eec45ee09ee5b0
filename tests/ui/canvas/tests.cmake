archstudio_add_test(tst_diagramscene ui/canvas/tst_diagramscene.cpp
    LIBS ArchStudio::Ui ArchStudio::BuiltinPlugins)
