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

/** Codes one number may be sent in {@link CODES_DAY_MS}, however they are spread over the hours. */
export const MAX_CODES_PER_DAY = 10;

/** The window {@link MAX_CODES_PER_DAY} counts in. */
export const CODES_DAY_MS = 24 * 60 * 60_000;

/** Wrong codes one client address may try in {@link WRONG_CODES_WINDOW_MS}, across numbers, before it must wait. */
export const MAX_WRONG_CODES_PER_ADDRESS = 30;

/** The window {@link MAX_WRONG_CODES_PER_ADDRESS} counts in, and how long the address waits after it. */
export const WRONG_CODES_WINDOW_MS = 60 * 60_000;
