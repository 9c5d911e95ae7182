"use client";

import { useEffect, useState } from "react";

/**
 * Whether this page can be opened again without a connection: true once the service worker
 * controls the page and has stored the page itself (its scripts and styles are precached when it
 * installs). The page's own first load did not pass through the worker, so it is asked to fetch
 * and keep it now.
 */
export const useOfflineShell = (): boolean => {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    let cancelled = false;
    const cacheThisPage = async () => {
      const registration = await navigator.serviceWorker.ready;
      // An activated worker claims the page a moment later; until then the page is not yet its.
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) =>
          navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }),
        );
      }
      const worker = registration.active;
      if (!worker || cancelled) return;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        if (!cancelled) setReady(true);
      };
      worker.postMessage({ type: "CACHE_URLS", payload: { urlsToCache: [window.location.pathname] } }, [channel.port2]);
    };
    cacheThisPage().catch(console.error);
    return () => {
      cancelled = true;
    };
  }, []);
  return ready;
};
