# Project-wide warnings. Third-party headers come in through imported targets and so as SYSTEM
# includes, which keeps their warnings out of -Werror. The list is the same for GCC and Clang;
# flags that only one of them knows are added for that compiler alone.
add_compile_options(-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
                    -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
if(INSPRAAK_WERROR)
  add_compile_options(-Werror)
endif()
if(INSPRAAK_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    # GCC 12's flow analysis under -fsanitize reports maybe-uninitialized inside libstdc++'s own
    # <regex> and <functional>; the normal build keeps the warning as an error.
    add_compile_options(-Wno-maybe-uninitialized)
  endif()
endif()

# libFuzzer (fuzz/): every library of the project gets libFuzzer's coverage instrumentation
# (fuzzer-no-link: the hooks, not libFuzzer's main); only the fuzz targets link libFuzzer itself
# (-fsanitize=fuzzer, in fuzz/CMakeLists.txt). Other programs of this build, the tests among
# them, run with the hooks' no-op defaults from the sanitizer runtime.
if(INSPRAAK_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang" OR NOT INSPRAAK_SANITIZE)
    message(FATAL_ERROR "INSPRAAK_FUZZ needs Clang (CMAKE_CXX_COMPILER=clang++) and INSPRAAK_SANITIZE=ON")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()
