import { expect } from "@playwright/test";
import pg from "pg";

/** The URL of the database the e2e run's platform uses, which the global setup hands to the tests. */
const databaseUrl = (): string => {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run the e2e tests through `npm run test:e2e`");
  return url;
};

type TSms = { body: string; secret: string | null };

// Prisma keeps DateTime columns as UTC timestamps without a zone, hence the explicit conversion. Only
// sign-in codes count: the same number also gets certificate notices.
const latestSms = async (mobile: string, since: Date): Promise<TSms | null> => {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<TSms>(
      `SELECT body, secret FROM "Notification" WHERE channel = 'SMS' AND "to" = $1 AND body LIKE '%{code}%' AND "createdAt" >= ($2::timestamptz AT TIME ZONE 'UTC') ORDER BY "createdAt" DESC LIMIT 1`,
      [mobile, since.toISOString()],
    );
    return rows[0] ?? null;
  } finally {
    await client.end();
  }
};

// The demo keeps the code in clear beside the message, whose text has {code} where it goes.
const textOf = (sms: TSms | null): string => (sms ? sms.body.replaceAll("{code}", sms.secret ?? "") : "");

/**
 * The one-time code of the latest SMS to a number written to the notification outbox since a
 * moment, read as a person would read it off their phone; waits for it to arrive.
 */
export const oneTimeCodeFromOutbox = async (mobile: string, since: Date): Promise<string> => {
  let sms: TSms | null = null;
  await expect
    .poll(
      async () => {
        sms = await latestSms(mobile, since);
        return sms;
      },
      { message: `an SMS to ${mobile} in the outbox`, timeout: 10_000 },
    )
    .not.toBeNull();
  const text = textOf(sms);
  const code = /\b(\d{6})\b/.exec(text)?.[1];
  if (!code) throw new Error(`The SMS to ${mobile} holds no six-digit code: ${text}`);
  return code;
};
