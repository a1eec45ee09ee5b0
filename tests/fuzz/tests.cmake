# The fuzzing driver (docs/DEVELOPING.md, "Fuzzing"; included from tests/CMakeLists.txt).
# CTest feeds a bounded number of seeded mutants to each reader; run the executable by hand
# with --mutants and --seed for longer campaigns.
add_executable(fuzz_readers fuzz/fuzz_readers.cpp fuzz/mutator.h fuzz/mutator.cpp)
target_include_directories(fuzz_readers PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(fuzz_readers PRIVATE
    ArchStudio::Io ArchStudio::Render ArchStudio::Catalog ArchStudio::BuiltinPlugins
    QuaZip::QuaZip ArchStudio::Warnings)
set(ARCHSTUDIO_FUZZ_MUTANTS 2000 CACHE STRING "Mutants per reader in the fuzz_readers test")
add_test(NAME fuzz_readers
    COMMAND fuzz_readers --mutants ${ARCHSTUDIO_FUZZ_MUTANTS} --seed 1
            --data ${CMAKE_CURRENT_SOURCE_DIR}/data
            --samples ${PROJECT_SOURCE_DIR}/resources/samples
            --failures ${CMAKE_CURRENT_BINARY_DIR}/fuzz-failures)
# The driver's own guard names an input stuck for a minute; this bounds the whole run.
set_tests_properties(fuzz_readers PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen" TIMEOUT 170)
