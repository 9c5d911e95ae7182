import pg from "pg";

const databaseUrl = (): string => {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run the e2e tests through `npm run test:e2e`");
  return url;
};

/** The revocation or suspension slot a signed credential's status entry names. */
export const statusSlot = (credential: Record<string, unknown>, purpose: "revocation" | "suspension") => {
  const entry = [credential.credentialStatus]
    .flat()
    .find((candidate) => (candidate as Record<string, unknown>)?.statusPurpose === purpose) as
    | Record<string, string>
    | undefined;
  if (!entry?.statusListCredential) throw new Error(`The credential has no ${purpose} entry`);
  const [, slug = "", number = ""] = /\/tenants\/([^/]+)\/status\/\w+\/(\d+)$/.exec(entry.statusListCredential) ?? [];
  return { url: entry.statusListCredential, slug, number: Number(number), index: Number(entry.statusListIndex) };
};

/**
 * Sets the revocation bit of a certificate straight in the e2e run's database, as the lifecycle use cases write it
 * (bit `7 - index % 8` of byte `index / 8`, the W3C order; Postgres's set_bit counts from the right), and marks
 * the certificate superseded, as a correction does to the version it replaces.
 */
export const supersedeInDatabase = async (credential: Record<string, unknown>): Promise<void> => {
  const { slug, number, index } = statusSlot(credential, "revocation");
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query(
      `UPDATE "StatusList" SET bits = set_bit(bits, $1, 1), "updatedAt" = now()
       WHERE purpose = 'REVOCATION' AND number = $2 AND "tenantId" = (SELECT id FROM "Tenant" WHERE slug = $3)`,
      [Math.floor(index / 8) * 8 + (7 - (index % 8)), number, slug],
    );
    await client.query(
      `UPDATE "Certificate" SET status = $1::"CertificateStatus", "currentSlot" = CASE WHEN $1::"CertificateStatus" = 'SUPERSEDED' THEN NULL ELSE "currentSlot" END
       WHERE "statusListNumber" = $2 AND "statusListIndex" = $3 AND "tenantId" = (SELECT id FROM "Tenant" WHERE slug = $4)`,
      ["SUPERSEDED", number, index, slug],
    );
    await client.query("COMMIT");
  } finally {
    await client.end();
  }
};
