# The SDK as a plugin author outside the project gets it (issue 17): install the project into a
# fresh prefix, build examples/plugin-template against that prefix alone, run its tests, then let
# the installed inspraak load the example's plugins from INSPRAAK_PLUGIN_PATH and run a round
# with them.
#
# cmake -DBUILD_DIR=<build> -DEXAMPLE_DIR=<examples/plugin-template> -DWORK_DIR=<scratch folder>
#       -DCXX=<compiler> [-DLAUNCHER=<ccache>] -P example_against_install.cmake
cmake_minimum_required(VERSION 3.25)

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT code EQUAL 0)
    list(JOIN ARGN " " command)
    message(FATAL_ERROR "failed (${code}): ${command}\n${out}\n${err}")
  endif()
  set(out "${out}" PARENT_SCOPE)
  set(err "${err}" PARENT_SCOPE)
endfunction()

function(expect text what)
  string(FIND "${text}" "${what}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "expected '${what}' in:\n${text}")
  endif()
endfunction()

set(prefix ${WORK_DIR}/prefix)
set(example ${WORK_DIR}/example-build)
set(round ${WORK_DIR}/round)
file(REMOVE_RECURSE ${WORK_DIR})

# 1. The install, as a package would make it.
run(${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix})

# The pkg-config file, for builds without CMake: it resolves from where it lies.
find_program(PKG_CONFIG pkg-config REQUIRED)
run(${CMAKE_COMMAND} -E env PKG_CONFIG_PATH=${prefix}/lib/pkgconfig ${PKG_CONFIG} --cflags --libs inspraak)
expect("${out}" "-I${prefix}/")  # the prefix it lies in, wherever that is
expect("${out}" "-linspraak_sdk")

# 2. The example against that prefix alone: nothing of the source or build tree on its paths.
set(configure ${CMAKE_COMMAND} -S ${EXAMPLE_DIR} -B ${example} -G Ninja -DCMAKE_BUILD_TYPE=Release
              -DCMAKE_CXX_COMPILER=${CXX} -DCMAKE_PREFIX_PATH=${prefix} -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF
              "-DCMAKE_CXX_FLAGS=-Wall -Wextra -Werror")
if(LAUNCHER)
  list(APPEND configure -DCMAKE_CXX_COMPILER_LAUNCHER=${LAUNCHER})
endif()
run(${configure})
file(STRINGS ${example}/CMakeCache.txt found REGEX "^inspraak_DIR:")
if(NOT found STREQUAL "inspraak_DIR:PATH=${prefix}/lib/cmake/inspraak")
  message(FATAL_ERROR "the example found the SDK elsewhere: ${found}")
endif()
run(${CMAKE_COMMAND} --build ${example} -j 2)
run(${CMAKE_COMMAND} -E chdir ${example} ctest --output-on-failure)
# Nothing of the project's own headers or libraries on the example's command lines.
file(READ ${example}/build.ninja ninja)
get_filename_component(source_root ${EXAMPLE_DIR}/../.. ABSOLUTE)
foreach(tree ${source_root}/core ${source_root}/plugins ${BUILD_DIR}/core ${BUILD_DIR}/plugins)
  string(FIND "${ninja}" "${tree}" at)
  if(NOT at EQUAL -1)
    message(FATAL_ERROR "the example's build refers to ${tree}")
  endif()
endforeach()

# 3. The installed inspraak finds the example's plugins through INSPRAAK_PLUGIN_PATH.
set(inspraak ${CMAKE_COMMAND} -E env INSPRAAK_PLUGIN_PATH=${example}/plugins ${prefix}/bin/inspraak --lang en)
run(${inspraak} plugins)
foreach(name ingest-form report-summary)
  string(REGEX MATCH "\n${name} [^\n]*" line "\n${out}")
  expect("${line}" "loaded")
  expect("${line}" "${example}/plugins (INSPRAAK_PLUGIN_PATH)")
endforeach()
string(REGEX MATCH "\nreport-md [^\n]*" line "\n${out}")
expect("${line}" "${prefix}/lib/inspraak/plugins (own folder)")

# 4. A round whose one submission is a .form file, reported in the example's format.
file(WRITE ${round}/round.json [=[{"title": "Reacties op het Kader Fietsparkeren", "date": "2025-02-01",
  "framework": "kader.md", "submissions": "submissions"}]=])
file(WRITE ${round}/kader.md "# Kader Fietsparkeren\n\n## 1 Inleiding\n\nDe gemeente wil meer ruimte voor fietsen.\n\n"
                             "## 2 Stallingen bij het station\n\nBij het station komen nieuwe fietsenstallingen.\n")
file(WRITE ${round}/submissions/buurt.form "naam: J. Jansen\norganisatie: Buurtvereniging Oost\ndatum: 15-01-2025\n"
           "reactie: Er zijn veel te weinig fietsenstallingen bij het station.\n")
run(${inspraak} run ${round} --out ${WORK_DIR}/out --format txt)
file(READ ${WORK_DIR}/out/reactienota.txt summary)
expect("${summary}" "Reacties op het Kader Fietsparkeren")
expect("${summary}" "Buurtvereniging Oost")
expect("${summary}" "Er zijn veel te weinig fietsenstallingen bij het station.")
message(STATUS "the example's plugins built against ${prefix} and ran in its inspraak")
