archstudio_add_test(tst_diagramscene ui/canvas/tst_diagramscene.cpp
    LIBS ArchStudio::Ui ArchStudio::BuiltinPlugins)
# The benchmarks' synthetic designs exercise the far view of large designs.
target_sources(tst_diagramscene PRIVATE benchmarks/syntheticdesign.cpp)
target_include_directories(tst_diagramscene PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/benchmarks)
archstudio_add_test(tst_canvaslinklabels ui/canvas/tst_canvaslinklabels.cpp
    LIBS ArchStudio::Ui ArchStudio::BuiltinPlugins)
archstudio_add_test(tst_minimap ui/canvas/tst_minimap.cpp
    LIBS ArchStudio::Ui ArchStudio::BuiltinPlugins)
target_sources(tst_minimap PRIVATE benchmarks/syntheticdesign.cpp)
target_include_directories(tst_minimap PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/benchmarks)
archstudio_add_test(tst_densecanvas ui/canvas/tst_densecanvas.cpp
    LIBS ArchStudio::Ui ArchStudio::BuiltinPlugins)
target_sources(tst_densecanvas PRIVATE benchmarks/syntheticdesign.cpp)
target_include_directories(tst_densecanvas PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/benchmarks)
archstudio_add_test(tst_notesoncanvas ui/canvas/tst_notesoncanvas.cpp
    LIBS ArchStudio::Ui ArchStudio::BuiltinPlugins)
archstudio_add_test(tst_diagramview ui/canvas/tst_diagramview.cpp
    LIBS ArchStudio::Ui ArchStudio::BuiltinPlugins)
