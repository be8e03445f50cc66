# SPDX-License-Identifier: GPL-3.0-or-later

set(CLEARLINE_CMAKE_DIR "${CMAKE_CURRENT_LIST_DIR}")
cmake_path(GET CLEARLINE_CMAKE_DIR PARENT_PATH CLEARLINE_SOURCE_ROOT)
#
# clearline_configure_target(TARGET)
#   The settings every ClearLine target shares: warnings (as errors with
#   CLEARLINE_WERROR), and Qt's strict string definitions so that every
#   conversion between bytes and text is written down.
function(clearline_configure_target target)
    target_compile_options(${target} PRIVATE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
        -Wcast-align -Woverloaded-virtual -Wconversion -Wsign-conversion
        -Wnull-dereference -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough
        # Aggregates whose trailing members keep their defaults ({name, email})
        # are how the code adds an optional field without touching every caller.
        -Wno-missing-field-initializers)
    if(CLEARLINE_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_CAST_FROM_BYTEARRAY
        QT_NO_CONTEXTLESS_CONNECT
        QT_NO_KEYWORDS
        QT_USE_QSTRINGBUILDER
        QT_DISABLE_DEPRECATED_UP_TO=0x060800)
endfunction()

# clearline_app_library(NAME ALIAS SOURCES...)
#   A GUI-free library under app/. It may link QtCore and QtSql only.
#   Two guards make that a build error rather than a review comment:
#   - cmake/layer-guard comes before Qt's own include paths and holds the
#     global headers of Qt Gui, Widgets and WebEngine, each an #error; every
#     header of those modules includes its module's global header first;
#   - at the end of configuring, a library here that links one of those
#     modules (directly) stops the configure step.
function(clearline_app_library name alias)
    add_library(${name} STATIC ${ARGN})
    add_library(${alias} ALIAS ${name})
    clearline_configure_target(${name})
    target_include_directories(${name}
        PRIVATE "${CLEARLINE_CMAKE_DIR}/layer-guard"
        PUBLIC "${CLEARLINE_SOURCE_ROOT}/app")
    # A deferred call reads its arguments when it runs, so spell the name now.
    cmake_language(EVAL CODE
        "cmake_language(DEFER DIRECTORY [[${CMAKE_SOURCE_DIR}]] CALL _clearline_check_app_links [[${name}]])")
endfunction()

function(_clearline_check_app_links name)
    get_target_property(libs ${name} LINK_LIBRARIES)
    foreach(lib IN LISTS libs)
        if(lib MATCHES "Qt6?::(Gui|Widgets|WebEngine|OpenGL|Svg)|KF6::")
            message(FATAL_ERROR "${name} is under app/ and must not link ${lib}: app/ is GUI-free (ARCHITECTURE.md §2).")
        endif()
    endforeach()
endfunction()
