// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWebEngineUrlRequestInterceptor>

#include <atomic>

class QWebEngineProfile;

namespace clearline::ui::web {

/// Refuses every request a page makes outside the program itself: pages
/// are built from local templates, and nothing about a school may reach the
/// network from them.
class OfflineInterceptor : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;
    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

    /// How many requests were refused (for tests and diagnostics).
    int blocked() const { return m_blocked.load(); }

    static bool isAllowed(const QUrl &url);

private:
    std::atomic<int> m_blocked{0};
};

/// The one web profile of the program: off the record (no disk cache or
/// cookies), with the interceptor above. Made the first time a page needs
/// it, never at start-up: the web engine costs about 100 ms and 150 MB.
class OfflineProfile
{
public:
    static QWebEngineProfile *instance();
    static OfflineInterceptor *interceptor();
};

} // namespace clearline::ui::web
