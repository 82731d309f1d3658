# SPDX-License-Identifier: GPL-3.0-or-later
# folio_add_test_module(NAME SOURCES tst_a.cpp tst_b.cpp... LIBRARIES libs... LABELS labels... [GUI])
# builds one executable per module (a unity build of its test files) and registers one ctest per test
# file: `NAME.a` runs `tst_NAME a`, the test class registered as "a" in tst_a.cpp (FOLIO_TEST).

function(folio_add_test_module name)
  cmake_parse_arguments(arg "GUI" "TIMEOUT" "SOURCES;LIBRARIES;LABELS" ${ARGN})
  set(target tst_${name})
  add_executable(${target} ${arg_SOURCES} ${PROJECT_SOURCE_DIR}/tests/support/testmain.cpp)
  target_link_libraries(${target} PRIVATE folio_testsupport Qt6::Test ${arg_LIBRARIES})
  if(arg_GUI)
    target_compile_definitions(${target} PRIVATE FOLIO_TEST_GUI)
    target_link_libraries(${target} PRIVATE Qt6::Widgets)
  endif()
  set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 0
                                             RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/tests)
  if(NOT arg_TIMEOUT)
    set(arg_TIMEOUT 300)
  endif()
  foreach(source IN LISTS arg_SOURCES)
    get_filename_component(stem ${source} NAME_WE)
    string(REGEX REPLACE "^tst_" "" test ${stem})
    add_test(NAME ${name}.${test} COMMAND ${target} ${test})
    set_tests_properties(${name}.${test} PROPERTIES
      LABELS "${arg_LABELS}"
      TIMEOUT ${arg_TIMEOUT}
      ENVIRONMENT "QT_QPA_PLATFORM=offscreen;FOLIO_CORPUS=${FOLIO_CORPUS_DIR};FOLIO_BIN_DIR=${PROJECT_BINARY_DIR}/bin")
    if(FOLIO_SANITIZE)
      # Caches third-party libraries keep until exit are not leaks of ours (tests/lsan.supp).
      set_property(TEST ${name}.${test} APPEND PROPERTY ENVIRONMENT "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/lsan.supp")
    endif()
  endforeach()
endfunction()
