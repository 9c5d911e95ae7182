"use client";

// Whether the server answers. navigator.onLine only says a network is there, and is wrong in the
// field (a captive portal, a tower with no backhaul) and in browsers (Chromium may keep it true
// across a reload made offline); so every call to the server reports what happened, and while the
// server does not answer, it is asked again every few seconds.
const PROBE_EVERY_MS = 5_000;
const PROBE_TIMEOUT_MS = 4_000;

let reachable = true;
let probing: ReturnType<typeof setInterval> | undefined;
const listeners = new Set<() => void>();

const notify = () => {
  for (const listener of listeners) listener();
};

const probe = async () => {
  try {
    await fetch("/api/health", { cache: "no-store", signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
    reportReachable();
  } catch {
    reportUnreachable();
  }
};

/** Records that the server answered (any HTTP answer): the app is online again. */
export const reportReachable = (): void => {
  if (probing) clearInterval(probing);
  probing = undefined;
  if (!reachable) {
    reachable = true;
    notify();
  }
};

/** Records that a call got no answer at all: the app is offline until a probe gets one. */
export const reportUnreachable = (): void => {
  if (!probing && listeners.size > 0) probing = setInterval(() => void probe(), PROBE_EVERY_MS);
  if (reachable) {
    reachable = false;
    notify();
  }
};

/** Whether the app believes it can reach the server now. */
export const isOnline = (): boolean => navigator.onLine && reachable;

/** Listens for changes of {@link isOnline}; the first listener checks the server once. */
export const subscribeConnectivity = (onChange: () => void): (() => void) => {
  const onNetworkChange = () => {
    if (navigator.onLine) void probe();
    onChange();
  };
  window.addEventListener("online", onNetworkChange);
  window.addEventListener("offline", onNetworkChange);
  listeners.add(onChange);
  if (listeners.size === 1) void probe();
  return () => {
    window.removeEventListener("online", onNetworkChange);
    window.removeEventListener("offline", onNetworkChange);
    listeners.delete(onChange);
    if (listeners.size === 0 && probing) {
      clearInterval(probing);
      probing = undefined;
    }
  };
};
