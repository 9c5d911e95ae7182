"use client";

import { useCallback, useEffect, useState } from "react";
import { type CheckSettings, loadCheckSettings, saveCheckSettings } from "@/lib/browser/check-settings";

/** The checker's destination and date, read from and kept in localStorage. */
export const useCheckSettings = (): [CheckSettings, (settings: CheckSettings) => void] => {
  const [settings, setSettings] = useState<CheckSettings>({});
  // Read after the first render: the server renders without the checker's storage.
  useEffect(() => setSettings(loadCheckSettings(window.localStorage)), []);
  const change = useCallback((next: CheckSettings) => {
    setSettings(next);
    saveCheckSettings(window.localStorage, next);
  }, []);
  return [settings, change];
};
