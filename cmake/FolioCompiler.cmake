# SPDX-License-Identifier: GPL-3.0-or-later
# Compiler settings shared by every target: C++23, Qt without keywords, warnings (as errors when asked),
# ccache when present, sanitizers for the asan preset.

set(CMAKE_CXX_STANDARD 23)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)
set(CMAKE_POSITION_INDEPENDENT_CODE ON)

option(FOLIO_WERROR "Treat compiler warnings as errors" OFF)
option(FOLIO_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(FOLIO_PCH "Precompile Qt headers" ON)

find_program(FOLIO_CCACHE ccache)
if(FOLIO_CCACHE)
  # Precompiled headers and __DATE__-free sources are safe to cache with these sloppiness settings.
  set(CMAKE_CXX_COMPILER_LAUNCHER "${CMAKE_COMMAND};-E;env;CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime;CCACHE_BASEDIR=${CMAKE_SOURCE_DIR};${FOLIO_CCACHE}")
  set(CMAKE_C_COMPILER_LAUNCHER "${CMAKE_CXX_COMPILER_LAUNCHER}")
endif()

add_compile_definitions(QT_NO_KEYWORDS QT_USE_QSTRINGBUILDER
                        QT_NO_URL_CAST_FROM_STRING QT_NO_FOREACH)
add_compile_options(-Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
if(FOLIO_WERROR)
  add_compile_options(-Werror)
endif()

if(FOLIO_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

# Adds the Qt headers every layer uses as a precompiled header of TARGET.
function(folio_precompile target)
  if(FOLIO_PCH)
    target_precompile_headers(${target} PRIVATE ${ARGN})
  endif()
endfunction()
