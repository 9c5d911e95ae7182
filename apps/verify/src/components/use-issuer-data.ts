"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { REFRESH_INTERVAL_MS, refreshDue } from "@/lib/browser/freshness";
import { type IssuerData, refreshIssuerData } from "@/lib/browser/issuer-data";

/** The trust, status and rules data of this browser, its refresh state, and a way to have it for a check. */
export type IssuerDataState = {
  data: IssuerData | null;
  error: string | null;
  refreshing: boolean;
  online: boolean;
  refresh: () => void;
  /** Resolves with the data held, or once the first refresh ends when none is held yet; rejects when none could be had. */
  ready: () => Promise<IssuerData>;
};

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
// How often the page looks whether a background refresh is due; the refresh itself is every REFRESH_INTERVAL_MS.
const DUE_LOOK_MS = 60_000;

/**
 * Loads the trust list, status lists and rules on start, whenever the connection comes back, when the page is shown
 * again and every {@link REFRESH_INTERVAL_MS} while online, keeping copies offline. A check never waits for a
 * refresh when data is already held: it goes on with what the device has.
 */
export const useIssuerData = (): IssuerDataState => {
  const [data, setData] = useState<IssuerData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [refreshing, setRefreshing] = useState(true);
  const [online, setOnline] = useState(true);
  const pending = useRef<Promise<IssuerData> | null>(null);
  const held = useRef<IssuerData | null>(null);
  const lastAttempt = useRef<Date | undefined>(undefined);

  const refresh = useCallback(() => {
    setRefreshing(true);
    lastAttempt.current = new Date();
    const loading = refreshIssuerData(window.location.origin);
    pending.current = loading;
    loading
      .then((loaded) => {
        held.current = loaded;
        setData(loaded);
        setError(null);
      })
      .catch((failure: unknown) => {
        setError(
          `The list of trusted issuers could not be loaded (${messageOf(failure)}). Connect to the internet once, so that this device can check certificates, also offline.`,
        );
      })
      .finally(() => {
        if (pending.current === loading) setRefreshing(false);
      });
  }, []);

  useEffect(() => {
    setOnline(navigator.onLine);
    refresh();
    const refreshIfDue = () => {
      if (navigator.onLine && document.visibilityState === "visible" && refreshDue(lastAttempt.current, new Date())) {
        refresh();
      }
    };
    const goOnline = () => {
      setOnline(true);
      refresh();
    };
    const goOffline = () => setOnline(false);
    const timer = window.setInterval(refreshIfDue, Math.min(DUE_LOOK_MS, REFRESH_INTERVAL_MS));
    window.addEventListener("online", goOnline);
    window.addEventListener("offline", goOffline);
    document.addEventListener("visibilitychange", refreshIfDue);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener("online", goOnline);
      window.removeEventListener("offline", goOffline);
      document.removeEventListener("visibilitychange", refreshIfDue);
    };
  }, [refresh]);

  const ready = useCallback(
    () =>
      held.current ? Promise.resolve(held.current) : (pending.current ?? refreshIssuerData(window.location.origin)),
    [],
  );

  return { data, error, refreshing, online, refresh, ready };
};
