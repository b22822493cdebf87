include(${CMAKE_CURRENT_LIST_DIR}/PluginModule.cmake)

# inspraak_add_plugin(<name> ENTRY <file> [SOURCES <files>...] [LIBS <targets>...])
#
# Builds plugin <name> (say "ingest-text") as two targets:
#   plugin_<name>_impl  a static library with SOURCES, which the unit tests link directly;
#   plugin_<name>       the loadable module (ENTRY defines the descriptor) in build/plugins/,
#                       named libinspraak-<name>.so, exporting only its descriptor.
# Plugins see only the public API (core/include/inspraak) and the SDK helpers behind it.
function(inspraak_add_plugin name)
  cmake_parse_arguments(P "" "ENTRY" "SOURCES;LIBS" ${ARGN})
  string(REPLACE "-" "_" id ${name})
  set(impl plugin_${id}_impl)
  if(P_SOURCES)
    add_library(${impl} STATIC ${P_SOURCES})
  else()
    add_library(${impl} INTERFACE)
  endif()
  if(P_SOURCES)
    target_link_libraries(${impl} PUBLIC inspraak::sdk ${P_LIBS})
    target_include_directories(${impl} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
    set_target_properties(${impl} PROPERTIES CXX_VISIBILITY_PRESET hidden VISIBILITY_INLINES_HIDDEN ON)
  else()
    target_link_libraries(${impl} INTERFACE inspraak::sdk ${P_LIBS})
    target_include_directories(${impl} INTERFACE ${CMAKE_CURRENT_SOURCE_DIR})
  endif()

  add_library(plugin_${id} MODULE ${P_ENTRY})
  target_link_libraries(plugin_${id} PRIVATE ${impl})
  set_target_properties(plugin_${id} PROPERTIES LIBRARY_OUTPUT_DIRECTORY ${INSPRAAK_PLUGIN_OUTPUT_DIR})
  # Clang links its sanitizers' runtimes (and libFuzzer's hooks) into executables only, which
  # export them to the modules they load, so under them a module has those symbols undefined.
  # The normal build keeps the check.
  if(INSPRAAK_SANITIZE AND CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    set(allow_undefined ALLOW_UNDEFINED)
  else()
    set(allow_undefined "")
  endif()
  inspraak_plugin_module(plugin_${id} NAME ${name} MAP ${PROJECT_SOURCE_DIR}/cmake/plugin.map ${allow_undefined})
  install(TARGETS plugin_${id} LIBRARY DESTINATION ${INSPRAAK_INSTALL_PLUGIN_DIR})
  set_property(GLOBAL APPEND PROPERTY INSPRAAK_PLUGIN_TARGETS plugin_${id})
endfunction()
