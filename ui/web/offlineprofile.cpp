// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/web/offlineprofile.h"

#include <QApplication>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

namespace clearline::ui::web {

bool OfflineInterceptor::isAllowed(const QUrl &url)
{
    // setHtml() content arrives as data: under the page's base URL.
    const QString scheme = url.scheme();
    return scheme == QLatin1String("data") || scheme == QLatin1String("clearline") || scheme == QLatin1String("about");
}

void OfflineInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    if (!isAllowed(info.requestUrl())) {
        info.block(true);
        ++m_blocked;
    }
}

namespace {
OfflineInterceptor *g_interceptor = nullptr;
}

QWebEngineProfile *OfflineProfile::instance()
{
    static QWebEngineProfile *profile = [] {
        // Parented to the application: destroyed before the engine shuts down.
        auto *p = new QWebEngineProfile(qApp);
        g_interceptor = new OfflineInterceptor(p);
        p->setUrlRequestInterceptor(g_interceptor);
        p->setHttpCacheType(QWebEngineProfile::NoCache);
        p->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
        QWebEngineSettings *settings = p->settings();
        settings->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
        settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
        settings->setAttribute(QWebEngineSettings::AutoLoadImages, true);
        settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
        return p;
    }();
    return profile;
}

OfflineInterceptor *OfflineProfile::interceptor()
{
    instance();
    return g_interceptor;
}

} // namespace clearline::ui::web
