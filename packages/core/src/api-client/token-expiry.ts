import { AppError } from "../errors";
import type { TApiClientCreate } from "../schemas/api-client";

const DAY_MS = 24 * 60 * 60_000;
const MAX_LIFETIME_MS = 3650 * DAY_MS;

/**
 * When a new token stops working, from what the admin gave: a date means through that day (UTC),
 * a date and time means then, days count from now; nothing means never. It must lie ahead, at most
 * ten years, or nothing is written.
 */
export const tokenExpiry = (
  { expiresAt, expiresInDays }: Pick<TApiClientCreate, "expiresAt" | "expiresInDays">,
  now: Date,
): Date | null => {
  if (expiresInDays != null) return new Date(now.getTime() + expiresInDays * DAY_MS);
  if (expiresAt == null) return null;
  const at = new Date(expiresAt.length === 10 ? `${expiresAt}T23:59:59.999Z` : expiresAt);
  if (at <= now) {
    throw new AppError("VALIDATION_FAILED", "The expiry must be in the future", [
      { path: "expiresAt", message: "The expiry must be in the future" },
    ]);
  }
  if (at.getTime() - now.getTime() > MAX_LIFETIME_MS) {
    throw new AppError("VALIDATION_FAILED", "The expiry can be at most ten years ahead", [
      { path: "expiresAt", message: "The expiry can be at most ten years ahead" },
    ]);
  }
  return at;
};

/**
 * The expiry of a token made by a rotation: as long a life as the token it replaces was given
 * (from its creation or last rotation), so a 90-day token is followed by another 90-day one.
 */
export const rotatedTokenExpiry = (
  client: { expiresAt: Date | null; rotatedAt: Date | null; createdAt: Date },
  now: Date,
): Date | null => {
  if (!client.expiresAt) return null;
  const issuedAt = client.rotatedAt ?? client.createdAt;
  return new Date(now.getTime() + Math.max(DAY_MS, client.expiresAt.getTime() - issuedAt.getTime()));
};

/** A time as an API message shows it: 2027-03-31 18:30 UTC. */
export const utcMinute = (date: Date): string => `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
