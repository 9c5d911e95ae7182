/** How long a one-time code can be used. */
export const CODE_LIFETIME_MS = 5 * 60_000;

/** Tries per code; the last wrong one locks the code. */
export const MAX_TRIES_PER_CODE = 5;

/** The least time between two codes for one number. */
export const RESEND_INTERVAL_MS = 60_000;

/** Codes one number may be sent in {@link CODES_WINDOW_MS}. */
export const MAX_CODES_PER_WINDOW = 5;

/** The window {@link MAX_CODES_PER_WINDOW} counts in. */
export const CODES_WINDOW_MS = 60 * 60_000;

/** Codes one client address may ask for in {@link CODES_WINDOW_MS}, across numbers (SMS pumping). */
export const MAX_CODES_PER_ADDRESS = 30;
