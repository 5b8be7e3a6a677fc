/*
 * MotoVaultPro's service worker (issue 19: installable app). It keeps the application's static
 * resources — style sheets, scripts, fonts and icons, whose URLs carry their version — so pages
 * load fast on a slow connection, and an offline page for when there is none. Pages themselves,
 * and anything else a person's session returns, are never stored: a page always comes from the
 * server, and a device shared by two people can never show one the other's data. The offline
 * page is fetched without credentials, so it holds no one's data either.
 */
"use strict";

const CACHE = "motovaultpro-static-v1";
const OFFLINE = new URL("offline.xhtml", self.location).href;
/** Versioned resources only (their content never changes under the same URL), never dynamic content. */
function isStatic(url) {
    if (url.pathname.includes("dynamiccontent")) {
        return false;
    }
    return (url.pathname.includes("/jakarta.faces.resource/") && /[?&](v|h)=/.test(url.search))
        || url.pathname.includes("/resources/icons/");
}

self.addEventListener("install", (event) => {
    event.waitUntil(caches.open(CACHE)
        .then((cache) => fetch(OFFLINE, {credentials: "omit", cache: "no-store"})
            .then((response) => response.ok ? cache.put(OFFLINE, response) : undefined))
        .then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
    event.waitUntil(caches.keys()
        .then((names) => Promise.all(names.filter((name) => name !== CACHE).map((name) => caches.delete(name))))
        .then(() => self.clients.claim()));
});

self.addEventListener("fetch", (event) => {
    const request = event.request;
    if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) {
        return;
    }
    if (request.mode === "navigate") {
        // A page: always the server's; the offline page only when the server cannot be reached.
        event.respondWith(fetch(request).catch(() => caches.match(OFFLINE)
            .then((offline) => offline || Response.error())));
        return;
    }
    if (isStatic(new URL(request.url))) {
        event.respondWith(caches.open(CACHE).then((cache) => cache.match(request).then((cached) => cached
            || fetch(request).then((response) => {
                if (response.ok && response.type === "basic") {
                    cache.put(request, response.clone());
                }
                return response;
            }))));
    }
});
