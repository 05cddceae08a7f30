# Settings every Folio target shares, carried by one INTERFACE target
# (the qBittorrent CommonConfig pattern) so no folder repeats them.
set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
  set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "Build type" FORCE)
endif()

add_library(folio_build_settings INTERFACE)
target_compile_features(folio_build_settings INTERFACE cxx_std_20)
target_compile_options(folio_build_settings INTERFACE -Wall -Wextra -Wpedantic -Werror)
target_compile_definitions(folio_build_settings INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_CAST_FROM_BYTEARRAY
  QT_USE_QSTRINGBUILDER
  QT_NO_KEYWORDS
  QT_DISABLE_DEPRECATED_BEFORE=0x060400)

# folio_add_library(NAME SOURCES... LINKS...): one static library per capability folder.
function(folio_add_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LINKS" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  target_include_directories(${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/..)
  target_link_libraries(${name} PUBLIC folio_build_settings ${ARG_LINKS})
endfunction()

# folio_add_test(TestName SOURCES... LINKS... [GUI]): one QtTest executable per class,
# registered with CTest and headless by default so plain `ctest` behaves like CI.
function(folio_add_test name)
  cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LINKS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE folio_build_settings Qt6::Test ${ARG_LINKS})
  target_compile_definitions(${name} PRIVATE
    FOLIO_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
    FOLIO_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  add_test(NAME ${name} COMMAND ${name})
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 120)
  endif()
  set_tests_properties(${name} PROPERTIES
    TIMEOUT ${ARG_TIMEOUT}
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;QTWEBENGINE_DISABLE_SANDBOX=1;QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu;FOLIO_SHARED_DIR=${PROJECT_SOURCE_DIR}/../shared")
endfunction()
