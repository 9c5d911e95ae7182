"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { type IssuerData, refreshIssuerData } from "@/lib/browser/issuer-data";

/** The trust and status data of this browser, its refresh state, and a way to wait for it before a check. */
export type IssuerDataState = {
  data: IssuerData | null;
  error: string | null;
  refreshing: boolean;
  online: boolean;
  refresh: () => void;
  /** Resolves with the data once the refresh under way ends; rejects when none could be had. */
  ready: () => Promise<IssuerData>;
};

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Loads the trust list and status lists on start and whenever the connection comes back, keeping copies offline. */
export const useIssuerData = (): IssuerDataState => {
  const [data, setData] = useState<IssuerData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [refreshing, setRefreshing] = useState(true);
  const [online, setOnline] = useState(true);
  const pending = useRef<Promise<IssuerData> | null>(null);

  const refresh = useCallback(() => {
    setRefreshing(true);
    const loading = refreshIssuerData(window.location.origin);
    pending.current = loading;
    loading
      .then((loaded) => {
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
    const goOnline = () => {
      setOnline(true);
      refresh();
    };
    const goOffline = () => setOnline(false);
    window.addEventListener("online", goOnline);
    window.addEventListener("offline", goOffline);
    return () => {
      window.removeEventListener("online", goOnline);
      window.removeEventListener("offline", goOffline);
    };
  }, [refresh]);

  const ready = useCallback(() => pending.current ?? refreshIssuerData(window.location.origin), []);

  return { data, error, refreshing, online, refresh, ready };
};
