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

# A build for finding memory and threading bugs: FOLIO_SANITIZE=address,undefined or thread.
# `make test-sanitizers` and `make test-threads` (and so .ci/run) run the tests under them.
set(FOLIO_SANITIZE "" CACHE STRING "Sanitizers to build with: address,undefined or thread")
if(FOLIO_SANITIZE)
  target_compile_options(folio_build_settings INTERFACE
    -fsanitize=${FOLIO_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
  target_link_options(folio_build_settings INTERFACE -fsanitize=${FOLIO_SANITIZE})
endif()
# Every report fails the test. Leaks are not checked: Qt and Chromium keep process-long
# allocations that LeakSanitizer cannot tell from leaks. Chromium's browser side runs in the
# test process and installs its own signal handlers, which must not replace ASan's; its
# (uninstrumented) code frees some objects with a sized delete of another size, which is
# Chromium's to fix, not Folio's: new_delete_type_mismatch is off.
set(FOLIO_SANITIZER_ENVIRONMENT
  "ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:allow_user_segv_handler=1:detect_odr_violation=0:new_delete_type_mismatch=0"
  "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1"
  "TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1:ignore_noninstrumented_modules=1:suppressions=${PROJECT_SOURCE_DIR}/tests/tsan.supp")

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
  set(environment QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 QTWEBENGINE_DISABLE_SANDBOX=1
    QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu FOLIO_SHARED_DIR=${PROJECT_SOURCE_DIR}/../shared)
  if(FOLIO_SANITIZE)
    math(EXPR ARG_TIMEOUT "${ARG_TIMEOUT} * 3") # instrumented code runs slower
    list(APPEND environment ${FOLIO_SANITIZER_ENVIRONMENT})
  endif()
  set_tests_properties(${name} PROPERTIES TIMEOUT ${ARG_TIMEOUT} ENVIRONMENT "${environment}")
endfunction()
