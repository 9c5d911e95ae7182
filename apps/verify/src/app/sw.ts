/// <reference lib="webworker" />
import { defaultCache } from "@serwist/next/worker";
import { NetworkOnly, type PrecacheEntry, Serwist, type SerwistGlobalConfig } from "serwist";
import { OFFLINE_HOME } from "@/lib/offline-home";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}

declare const self: ServiceWorkerGlobalScope;

// The trust list, status lists, DID documents and APIs are never answered from this worker's caches: the page keeps
// its own copy of what a check needs, with the time it was fetched, and must see a network failure as one.
const ISSUER_DATA = /^\/(api|tenants|\.well-known|credentials)\//;

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    { matcher: ({ sameOrigin, url }) => sameOrigin && ISSUER_DATA.test(url.pathname), handler: new NetworkOnly() },
    ...defaultCache,
  ],
  // Pages come from the network, in the language the request asks for; offline, the precached home page.
  fallbacks: { entries: [{ url: OFFLINE_HOME, matcher: ({ request }) => request.destination === "document" }] },
});

serwist.addEventListeners();
