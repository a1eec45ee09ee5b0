# The real executable killed with SIGKILL and started again (docs/RELIABILITY.md).
archstudio_add_test(tst_crashrecovery reliability/tst_crashrecovery.cpp
    LIBS ArchStudio::Io ArchStudio::BuiltinPlugins)
target_sources(tst_crashrecovery PRIVATE reliability/studioprocess.cpp)
add_dependencies(tst_crashrecovery archstudio)
# The soak runs for minutes: past Qt Test's five-minute watchdog when asked for long runs.
set_tests_properties(tst_crashrecovery PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QTEST_FUNCTION_TIMEOUT=3600000" TIMEOUT 3600)
