/*
 * MotoVaultPro's service worker (issue 19: installable app). It keeps the application's static
 * resources — style sheets, scripts, fonts and icons, whose URLs carry their version — so pages
 * load fast on a slow connection, and an offline page for when there is none. Pages themselves,
 * and anything else a person's session returns, are never stored: a page always comes from the
 * server, and a device shared by two people can never show one the other's data. The offline
 * page is fetched without credentials, so it holds no one's data either.
 */
"use strict";

// The page registers the worker as sw.js?v=<hash of this file> (platform/web/ServiceWorkerVersion):
// a changed worker is a new one, whose cache replaces the old one's.
const CACHE = "motovaultpro-static-" + (new URL(self.location).searchParams.get("v") || "0");
/** At most this many resources are kept; the oldest go first. */
const LIMIT = 300;
const OFFLINE = new URL("offline.xhtml", self.location).href;
/** Versioned resources only (their content never changes under the same URL), never dynamic content. */
function isStatic(url) {
    return !url.pathname.includes("dynamiccontent") && url.pathname.includes("/jakarta.faces.resource/")
        && /[?&](v|h)=/.test(url.search);
}

/** Only what the server itself calls immutable (an older replica answering a newer URL says no-cache). */
function keepable(response) {
    return response.ok && response.type === "basic" && (response.headers.get("Cache-Control") || "").includes("immutable");
}

function prune(cache) {
    return cache.keys().then((keys) => Promise.all(keys.slice(0, Math.max(0, keys.length - LIMIT))
        .filter((request) => request.url !== OFFLINE).map((request) => cache.delete(request))));
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
                if (keepable(response)) {
                    cache.put(request, response.clone()).then(() => prune(cache));
                }
                return response;
            }))));
    }
});
