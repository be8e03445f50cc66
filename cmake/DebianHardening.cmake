# SPDX-License-Identifier: GPL-3.0-or-later
#
# CLEARLINE_DEB_HARDENING (ON in the package preset): build with the
# hardening flags Debian builds its packages with (dpkg-buildflags with
# hardening=+all): -D_FORTIFY_SOURCE, -fstack-protector-strong,
# -fstack-clash-protection, -fcf-protection on amd64 (-mbranch-protection on
# arm64), -Wformat -Werror=format-security, and -Wl,-z,relro -Wl,-z,now
# (BIND_NOW). PIE is already the default of Debian's gcc.
#
# The flags are asked of dpkg-buildflags rather than written into
# CMakePresets.json so that they are right for the architecture being built
# and follow Debian's policy as dpkg changes it (such as _FORTIFY_SOURCE=3),
# and so that DEB_BUILD_OPTIONS, DEB_*_APPEND and the other variables a
# Debian maintainer sets work as for any package. Only the hardening and
# reproducibility flags are taken: dpkg-buildflags' -g -O2 are stripped, as
# the Release build type sets the optimisation level and CPack strips the
# program. The development presets leave this OFF, so that a sanitizer or
# fuzz build gets no FORTIFY on top of its own checks.
if(NOT CLEARLINE_DEB_HARDENING)
    return()
endif()

find_program(CLEARLINE_DPKG_BUILDFLAGS dpkg-buildflags)
if(NOT CLEARLINE_DPKG_BUILDFLAGS)
    message(FATAL_ERROR "CLEARLINE_DEB_HARDENING needs dpkg-buildflags (Debian's dpkg-dev package); "
                        "install it or configure with -DCLEARLINE_DEB_HARDENING=OFF.")
endif()

function(_clearline_dpkg_buildflags name out)
    execute_process(
        COMMAND "${CMAKE_COMMAND}" -E env
            "DEB_BUILD_MAINT_OPTIONS=hardening=+all"
            "DEB_${name}_MAINT_STRIP=-g -O2"
            "${CLEARLINE_DPKG_BUILDFLAGS}" --get ${name}
        # -ffile-prefix-map maps the folder dpkg-buildflags runs in.
        WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
        OUTPUT_VARIABLE flags
        OUTPUT_STRIP_TRAILING_WHITESPACE
        RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "dpkg-buildflags --get ${name} failed: ${result}")
    endif()
    set(${out} "${flags}" PARENT_SCOPE)
endfunction()

_clearline_dpkg_buildflags(CPPFLAGS clearline_cppflags)
_clearline_dpkg_buildflags(CXXFLAGS clearline_cxxflags)
_clearline_dpkg_buildflags(LDFLAGS clearline_ldflags)
# CMake has no preprocessor-only flags: CPPFLAGS go with the C++ flags.
string(APPEND CMAKE_CXX_FLAGS " ${clearline_cppflags} ${clearline_cxxflags}")
foreach(kind IN ITEMS EXE SHARED MODULE)
    string(APPEND CMAKE_${kind}_LINKER_FLAGS " ${clearline_ldflags}")
endforeach()
message(STATUS "Debian hardening: ${clearline_cppflags} ${clearline_cxxflags} ${clearline_ldflags}")
