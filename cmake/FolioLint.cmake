# SPDX-License-Identifier: GPL-3.0-or-later
# `lint`: clang-tidy-16 over the project's sources (DESIGN.md pitfall: libstdc++ 12's <expected> needs
# -D__cpp_concepts=202002L; clang 16 spells C++23 -std=c++2b), and `format-check`: clang-format in
# dry-run mode. clang cannot read gcc's precompiled headers: run lint from the `lint` preset
# (`cmake --preset lint && cmake --build --preset lint`), which builds without them.

find_program(FOLIO_CLANG_TIDY NAMES clang-tidy-16)
find_program(FOLIO_CLANG_FORMAT NAMES clang-format-16)
file(GLOB_RECURSE FOLIO_LINT_SOURCES CONFIGURE_DEPENDS
     ${CMAKE_SOURCE_DIR}/core/*.cpp ${CMAKE_SOURCE_DIR}/models/*.cpp ${CMAKE_SOURCE_DIR}/ui/*.cpp
     ${CMAKE_SOURCE_DIR}/server/*.cpp ${CMAKE_SOURCE_DIR}/app/*.cpp)

if(FOLIO_CLANG_TIDY)
  add_custom_target(lint
    COMMAND ${FOLIO_CLANG_TIDY} -p ${CMAKE_BINARY_DIR} --quiet --extra-arg=-D__cpp_concepts=202002L --extra-arg=-std=c++2b
            ${FOLIO_LINT_SOURCES}
    WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
    COMMENT "clang-tidy-16 over core, models, ui, server and app"
    VERBATIM)
endif()
if(FOLIO_CLANG_FORMAT)
  file(GLOB_RECURSE FOLIO_FORMAT_SOURCES CONFIGURE_DEPENDS
       ${CMAKE_SOURCE_DIR}/core/*.[ch]pp ${CMAKE_SOURCE_DIR}/core/*.h ${CMAKE_SOURCE_DIR}/models/*.h
       ${CMAKE_SOURCE_DIR}/models/*.cpp ${CMAKE_SOURCE_DIR}/ui/*.h ${CMAKE_SOURCE_DIR}/ui/*.cpp
       ${CMAKE_SOURCE_DIR}/server/*.h ${CMAKE_SOURCE_DIR}/server/*.cpp ${CMAKE_SOURCE_DIR}/app/*.cpp
       ${CMAKE_SOURCE_DIR}/tests/*.cpp ${CMAKE_SOURCE_DIR}/tests/*.h)
  add_custom_target(format-check
    COMMAND ${FOLIO_CLANG_FORMAT} --dry-run --Werror ${FOLIO_FORMAT_SOURCES}
    COMMENT "clang-format --dry-run" VERBATIM)
  add_custom_target(format
    COMMAND ${FOLIO_CLANG_FORMAT} -i ${FOLIO_FORMAT_SOURCES}
    COMMENT "clang-format -i" VERBATIM)
endif()
