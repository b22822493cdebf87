# Project-wide warnings. Third-party headers come in through imported targets and so as SYSTEM
# includes, which keeps their warnings out of -Werror.
add_compile_options(-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
                    -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
if(INSPRAAK_WERROR)
  add_compile_options(-Werror)
endif()
if(INSPRAAK_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
