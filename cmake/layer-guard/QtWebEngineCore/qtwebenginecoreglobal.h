// SPDX-License-Identifier: GPL-3.0-or-later
// Found before Qt's own QtWebEngineCore/qtwebenginecoreglobal.h when compiling a library under app/.
#error "app/ must not include Qt GUI headers (QtWebEngineCore): move this code to ui/ or ask a ui/ class to do it (ARCHITECTURE.md §2)."
