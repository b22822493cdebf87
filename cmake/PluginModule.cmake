# How a plugin's loadable module is linked, the same inside this project (cmake/Plugins.cmake)
# and for plugins built against the installed SDK (inspraakConfig.cmake installs this file):
#
# inspraak_plugin_module(<target> NAME <name> MAP <plugin.map> [ALLOW_UNDEFINED])
#
# Makes <target> (a MODULE library) libinspraak-<name>.so, exporting only its descriptor
# (`inspraak_plugin`, through the version script MAP; the standard library's template
# instantiations would otherwise be exported too and could bind across plugins), with every
# symbol resolved at link time, so that a missing one fails the build, not the load.
# ALLOW_UNDEFINED leaves out that check (Clang's sanitizer runtimes live in the executable).
function(inspraak_plugin_module target)
  cmake_parse_arguments(M "ALLOW_UNDEFINED" "NAME;MAP" "" ${ARGN})
  set_target_properties(${target} PROPERTIES
    OUTPUT_NAME inspraak-${M_NAME}
    PREFIX lib
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON)
  if(NOT M_ALLOW_UNDEFINED)
    target_link_options(${target} PRIVATE -Wl,--no-undefined)
  endif()
  target_link_options(${target} PRIVATE -Wl,-z,now -Wl,--version-script=${M_MAP})
  set_property(TARGET ${target} APPEND PROPERTY LINK_DEPENDS ${M_MAP})
endfunction()
