"use client";

import { useSyncExternalStore } from "react";
import { isOnline, subscribeConnectivity } from "./connectivity";

/** Whether the app can reach the server (see connectivity.ts); the server renders as online. */
export const useOnline = (): boolean => useSyncExternalStore(subscribeConnectivity, isOnline, () => true);
