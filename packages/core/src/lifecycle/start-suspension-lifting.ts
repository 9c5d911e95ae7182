import { liftExpiredSuspensions } from "./lift-expired-suspensions";

/** How often suspensions past their end are looked for: well within the 5 s a status change may take to publish. */
export const SUSPENSION_SWEEP_INTERVAL_MS = 2_000;

/**
 * Lifts suspensions whose end date has passed, every {@link SUSPENSION_SWEEP_INTERVAL_MS}, from the
 * process that starts it (the facility app's server). Two processes sweeping at once are harmless:
 * each certificate changes only if it is still suspended. Returns what stops the sweep.
 */
export const startSuspensionLifting = (): (() => void) => {
  let sweeping = false;
  const timer = setInterval(() => {
    if (sweeping) return;
    sweeping = true;
    liftExpiredSuspensions()
      .then((lifted) => {
        if (lifted) console.info(`[lifecycle] Lifted ${lifted} suspension(s) that reached their end date`);
      })
      .catch((error: unknown) => console.error("[lifecycle] Lifting ended suspensions failed", error))
      .finally(() => {
        sweeping = false;
      });
  }, SUSPENSION_SWEEP_INTERVAL_MS);
  // The sweep must never keep a stopping process alive.
  timer.unref();
  return () => clearInterval(timer);
};
