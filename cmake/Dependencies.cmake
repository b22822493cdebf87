# Every dependency is a Debian 12 package installed by scripts/setup.sh.
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)
find_package(Boost 1.74 REQUIRED)                 # headers only: Boost.DLL with std::filesystem
find_package(nlohmann_json 3.10 REQUIRED)
find_package(CLI11 REQUIRED)
find_package(fmt REQUIRED)
find_package(OpenSSL REQUIRED)                    # SHA-256 of stored originals

pkg_check_modules(SQLITE3 REQUIRED IMPORTED_TARGET sqlite3)
pkg_check_modules(ICU REQUIRED IMPORTED_TARGET icu-uc icu-i18n)
pkg_check_modules(UCHARDET REQUIRED IMPORTED_TARGET uchardet)
pkg_check_modules(RE2 REQUIRED IMPORTED_TARGET re2)                  # segmenting's patterns, in linear time
pkg_check_modules(GMIME REQUIRED IMPORTED_TARGET gmime-3.0)
pkg_check_modules(LIBXML2 REQUIRED IMPORTED_TARGET libxml-2.0)       # HTML mail bodies
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip)            # .docx/.odt/.xlsx containers
pkg_check_modules(PUGIXML REQUIRED IMPORTED_TARGET pugixml)          # their XML
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)    # the review sheet
pkg_check_modules(POPPLER_CPP REQUIRED IMPORTED_TARGET poppler-cpp)  # .pdf text and page images
pkg_check_modules(TESSERACT REQUIRED IMPORTED_TARGET tesseract lept) # OCR of scanned letters
pkg_check_modules(LIBGSF REQUIRED IMPORTED_TARGET libgsf-1)          # Outlook .msg (OLE2 compound files)
pkg_check_modules(YTNEF REQUIRED IMPORTED_TARGET libytnef)           # winmail.dat (TNEF)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)         # accounts' password hashes (argon2id)
pkg_check_modules(SECCOMP REQUIRED IMPORTED_TARGET libseccomp)       # the parse workers' sandbox
# The PostgreSQL store (core/src/store/postgres/): libpqxx for queries and transactions, libpq
# itself for PQconninfoParse (reading a connection string without connecting). libpqxx's .pc
# names only -lpqxx, and with --as-needed libpq's symbols must be linked directly.
pkg_check_modules(LIBPQXX REQUIRED IMPORTED_TARGET libpqxx libpq)
# The workspace's HTTP server (core/src/web/). Debian builds cpp-httplib as a shared library with
# OpenSSL, zlib and brotli: its .pc gives the same CPPHTTPLIB_* defines, which must match.
pkg_check_modules(HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)

# Libraries without a CMake or pkg-config file in Debian get a small imported target each.
function(inspraak_import_library target header library)
  find_path(${target}_INCLUDE_DIR ${header} REQUIRED)
  if(library)
    find_library(${target}_LIBRARY ${library} REQUIRED)
    add_library(${target} UNKNOWN IMPORTED GLOBAL)
    set_target_properties(${target} PROPERTIES IMPORTED_LOCATION ${${target}_LIBRARY})
  else()
    add_library(${target} INTERFACE IMPORTED GLOBAL)
  endif()
  set_target_properties(${target} PROPERTIES INTERFACE_INCLUDE_DIRECTORIES ${${target}_INCLUDE_DIR})
endfunction()

inspraak_import_library(deps::stemmer libstemmer.h stemmer)     # Snowball (nl, en)
inspraak_import_library(deps::csv csv.h csv)                    # RFC 4180 CSV
inspraak_import_library(deps::mustache kainjow/mustache.hpp "") # templates that escape by default

add_library(deps::boost_dll INTERFACE IMPORTED GLOBAL)
target_link_libraries(deps::boost_dll INTERFACE Boost::headers ${CMAKE_DL_LIBS})
target_compile_definitions(deps::boost_dll INTERFACE BOOST_DLL_USE_STD_FS)

if(INSPRAAK_BUILD_TESTS)
  find_package(GTest REQUIRED)
endif()
if(INSPRAAK_BUILD_BENCH)
  find_package(benchmark REQUIRED)
endif()

# core/src/CMakeLists.txt gathers every .cpp under core/src into inspraak_core, the PostgreSQL
# store's too, so inspraak_core needs libpqxx. That file belongs to the store refactoring under
# way; until the PostgreSQL store gets a line there (or a library of its own), the link is added
# here, once the top-level CMakeLists.txt has defined inspraak_core.
function(inspraak_link_postgres_store)
  if(TARGET inspraak_core)
    # PUBLIC: store/postgres/connection.hpp hands out the pqxx::connection.
    target_link_libraries(inspraak_core PUBLIC PkgConfig::LIBPQXX)
  endif()
endfunction()
cmake_language(DEFER CALL inspraak_link_postgres_store)  # at the end of the top-level CMakeLists.txt
