import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";
import { parseTrustedProxies } from "./trusted-proxies";

const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);

/**
 * The platform's server environment, validated once. A wrong value fails at start with the
 * variable's name and what is wrong; nothing else reads process.env.
 */
export const env = createEnv({
  server: {
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z.string().url().optional(),
    VAX_PUBLIC_URL: z.string().url().default("http://localhost:3003"),
    VAX_ADMIN_URL: z.string().url().default("http://localhost:3000"),
    VAX_FACILITY_URL: z.string().url().default("http://localhost:3001"),
    VAX_CITIZEN_URL: z.string().url().default("http://localhost:3002"),
    ADMIN_PORT: port(3000),
    FACILITY_PORT: port(3001),
    CITIZEN_PORT: port(3002),
    VERIFY_PORT: port(3003),
    NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)").optional(),
    VAX_DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(5),
    VAX_SIGN_IN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
    VAX_SIGN_IN_LOCK_MINUTES: z.coerce.number().int().min(1).default(15),
    /** Certificates (rows of its batches) one API client may ask the certify API for in a minute; more gets 429. */
    VAX_CERTIFY_MAX_PER_MINUTE: z.coerce.number().int().min(1).default(10_000),
    /** AES-256 key (base64) that seals signing keys at rest; `npm start` makes one into .data/secrets.json. */
    VAX_KEY_ENCRYPTION_KEY: z.string().min(1).optional(),
    /**
     * Demo mode: demo data, one-time codes in the log and the outbox. `npm start` sets it for the
     * apps (on by default with the embedded database); an app started without it is not a demo.
     */
    VAX_DEMO: z
      .enum(["true", "false"], { error: "must be true or false" })
      .optional()
      .transform((value) => value === "true"),
    /**
     * The reverse proxies (addresses or CIDR ranges, comma-separated) whose X-Forwarded-For is
     * believed; none by default, so a client cannot choose the address it is rate limited by.
     */
    VAX_TRUSTED_PROXIES: z
      .string()
      .default("")
      .superRefine((list, context) => {
        try {
          parseTrustedProxies(list);
        } catch (error) {
          context.addIssue({ code: "custom", message: (error as Error).message });
        }
      }),
    /** Where SMS messages (one-time codes) are sent: `POST {to, body}`, signed with VAX_SMS_WEBHOOK_SECRET. */
    VAX_SMS_WEBHOOK_URL: z.string().url().optional(),
    /** The key of the SMS webhook's signature (HMAC-SHA256 hex of the raw body in X-Vax-Signature). */
    VAX_SMS_WEBHOOK_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
    /** The SMTP server e-mail leaves through, `smtp://user:pass@host:port` (or `smtps://` for TLS from the start). */
    VAX_SMTP_URL: z
      .string()
      .url()
      .refine((url) => ["smtp:", "smtps:"].includes(new URL(url).protocol), "must start with smtp:// or smtps://")
      .optional(),
    /** The sender of the platform's e-mail, `Vaccination Programme <certificates@example.org>`; needed with VAX_SMTP_URL. */
    VAX_MAIL_FROM: z.string().min(3).optional(),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});

/** The database URL, or a clear error when the process was started without one. */
export const requireDatabaseUrl = (): string => {
  if (!env.DATABASE_URL) {
    throw new Error(
      "DATABASE_URL is not set: start the platform with `npm start` (embedded database) or set DATABASE_URL to a PostgreSQL server",
    );
  }
  return env.DATABASE_URL;
};

/** The key encryption key, or a clear error when the process was started without one. */
export const requireKeyEncryptionKey = (): string => {
  if (!env.VAX_KEY_ENCRYPTION_KEY) {
    throw new Error(
      "VAX_KEY_ENCRYPTION_KEY is not set: start the platform with `npm start` (which makes one) or set it to 32 random bytes in base64",
    );
  }
  return env.VAX_KEY_ENCRYPTION_KEY;
};
