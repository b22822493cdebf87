# Project-wide warnings. Third-party headers come in through imported targets and so as SYSTEM
# includes, which keeps their warnings out of -Werror.
add_compile_options(-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
                    -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
if(INSPRAAK_WERROR)
  add_compile_options(-Werror)
endif()
if(INSPRAAK_SANITIZE)
  # GCC 12's flow analysis under -fsanitize reports maybe-uninitialized inside libstdc++'s own
  # <regex> and <functional>; the normal build keeps the warning as an error.
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
                      -Wno-maybe-uninitialized)
  add_link_options(-fsanitize=address,undefined)
endif()
