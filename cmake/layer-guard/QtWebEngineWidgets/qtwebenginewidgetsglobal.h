// SPDX-License-Identifier: GPL-3.0-or-later
// Found before Qt's own QtWebEngineWidgets/qtwebenginewidgetsglobal.h when compiling a library under app/.
#error "app/ must not include Qt GUI headers (QtWebEngineWidgets): move this code to ui/ or ask a ui/ class to do it (ARCHITECTURE.md §2)."
