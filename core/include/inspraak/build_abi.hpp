// What a plugin's build must share with the host's (docs/plugin-api.md, "What a plugin build must
// match"): the boundary passes std::string, std::vector and other standard-library types, whose
// layout belongs to one C++ standard library and its ABI setting, not to the compiler. So the
// descriptor carries INSPRAAK_BUILD_ABI, the build as seen by the preprocessor:
//
//     "<library>-<release> <layout> <compiler>-<version>"   e.g. "libstdc++-12 cxx11-abi gcc-12.2"
//
// The host compares the first two words with its own: the same library and layout, and a release
// no newer than its own (the host's runtime library must have every symbol the plugin asks for).
// The compiler is there for people: GCC and Clang share libstdc++'s layout.
#pragma once

#include <version>  // defines the standard library's own macros

#define INSPRAAK_ABI_STR_(x) #x
#define INSPRAAK_ABI_STR(x) INSPRAAK_ABI_STR_(x)

#if defined(_LIBCPP_VERSION)
#define INSPRAAK_ABI_LIBRARY "libc++-" INSPRAAK_ABI_STR(_LIBCPP_VERSION)
#define INSPRAAK_ABI_LAYOUT "libc++-abi-" INSPRAAK_ABI_STR(_LIBCPP_ABI_VERSION)
#elif defined(__GLIBCXX__)
#define INSPRAAK_ABI_LIBRARY "libstdc++-" INSPRAAK_ABI_STR(_GLIBCXX_RELEASE)
#if _GLIBCXX_USE_CXX11_ABI
#define INSPRAAK_ABI_LAYOUT "cxx11-abi"
#else
#define INSPRAAK_ABI_LAYOUT "old-abi"
#endif
#else
#define INSPRAAK_ABI_LIBRARY "unknown-0"
#define INSPRAAK_ABI_LAYOUT "unknown"
#endif

#if defined(__clang__)
#define INSPRAAK_ABI_COMPILER "clang-" INSPRAAK_ABI_STR(__clang_major__) "." INSPRAAK_ABI_STR(__clang_minor__)
#elif defined(__GNUC__)
#define INSPRAAK_ABI_COMPILER "gcc-" INSPRAAK_ABI_STR(__GNUC__) "." INSPRAAK_ABI_STR(__GNUC_MINOR__)
#else
#define INSPRAAK_ABI_COMPILER "unknown-compiler"
#endif

#define INSPRAAK_BUILD_ABI INSPRAAK_ABI_LIBRARY " " INSPRAAK_ABI_LAYOUT " " INSPRAAK_ABI_COMPILER
