# What `cmake --install` gives a plugin author (docs/plugins.md): the public headers, the SDK's
# static library, a CMake package (find_package(inspraak): inspraak::sdk and
# inspraak_add_plugin()) and a pkg-config file. The headers in core/include/inspraak are all meant
# for plugins: they are everything a plugin sees of the host.
include(CMakePackageConfigHelpers)

set(INSPRAAK_INSTALL_CMAKE_DIR lib/cmake/inspraak)
set_target_properties(inspraak_api PROPERTIES EXPORT_NAME api)
set_target_properties(inspraak_sdk PROPERTIES EXPORT_NAME sdk)
install(TARGETS inspraak_api inspraak_sdk EXPORT inspraakTargets ARCHIVE DESTINATION lib)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/core/include/inspraak DESTINATION include)
install(EXPORT inspraakTargets NAMESPACE inspraak:: DESTINATION ${INSPRAAK_INSTALL_CMAKE_DIR})

configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/inspraakConfig.cmake.in
  ${PROJECT_BINARY_DIR}/inspraakConfig.cmake INSTALL_DESTINATION ${INSPRAAK_INSTALL_CMAKE_DIR})
# find_package(inspraak 0.1) accepts 0.1.x. What a built plugin needs of the host at run time is
# the API version (INSPRAAK_API_MAJOR/MINOR in plugin.hpp), which the host checks at load.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/inspraakConfigVersion.cmake COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/inspraakConfig.cmake ${PROJECT_BINARY_DIR}/inspraakConfigVersion.cmake
              ${PROJECT_SOURCE_DIR}/cmake/PluginModule.cmake ${PROJECT_SOURCE_DIR}/cmake/plugin.map
        DESTINATION ${INSPRAAK_INSTALL_CMAKE_DIR})

configure_file(${PROJECT_SOURCE_DIR}/cmake/inspraak.pc.in ${PROJECT_BINARY_DIR}/inspraak.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/inspraak.pc DESTINATION lib/pkgconfig)
