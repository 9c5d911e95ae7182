/** How `npm start` runs the platform: as production, and whether with demo data. */
export type PlatformMode = { production: boolean; demo: boolean };

/** The mode, or every reason the environment cannot start production, each naming the variable. */
export type PlatformModeResult = { ok: true; mode: PlatformMode } | { ok: false; problems: string[] };

const base64Bytes = (text: string): number => {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text.trim())) return -1;
  return Buffer.from(text.trim(), "base64").length;
};

const productionProblems = (env: NodeJS.ProcessEnv): string[] => {
  const problems: string[] = [];
  if (env.VAX_DEMO === "true") problems.push("VAX_DEMO=true is not allowed: production never has demo data");
  if (!env.DATABASE_URL) {
    problems.push("DATABASE_URL is not set: production runs on a PostgreSQL server, not the embedded database");
  }
  if (!env.NEXTAUTH_SECRET) {
    problems.push("NEXTAUTH_SECRET is not set (at least 32 random characters: openssl rand -base64 32)");
  } else if (env.NEXTAUTH_SECRET.length < 32) {
    problems.push("NEXTAUTH_SECRET is shorter than 32 characters");
  }
  if (!env.VAX_KEY_ENCRYPTION_KEY) {
    problems.push("VAX_KEY_ENCRYPTION_KEY is not set (32 random bytes in base64: openssl rand -base64 32)");
  } else if (base64Bytes(env.VAX_KEY_ENCRYPTION_KEY) !== 32) {
    problems.push("VAX_KEY_ENCRYPTION_KEY is not 32 bytes in base64");
  }
  if (!env.VAX_PUBLIC_URL) {
    problems.push("VAX_PUBLIC_URL is not set (the verify app's public https address, which names the issuers)");
  } else if (!/^https:\/\/[^/\s]+/i.test(env.VAX_PUBLIC_URL)) {
    problems.push("VAX_PUBLIC_URL is not an https URL (verifiers fetch the issuers' keys from it)");
  }
  return problems;
};

/**
 * Works out how to start from the environment. With NODE_ENV=production every secret and the
 * public URL must be given (nothing is generated next to the data) and demo data is never
 * seeded; otherwise demo data comes with the embedded database unless VAX_DEMO=false, and with
 * DATABASE_URL only when VAX_DEMO=true.
 */
export const platformMode = (env: NodeJS.ProcessEnv): PlatformModeResult => {
  if (env.VAX_DEMO !== undefined && env.VAX_DEMO !== "" && env.VAX_DEMO !== "true" && env.VAX_DEMO !== "false") {
    return { ok: false, problems: [`VAX_DEMO must be true or false, not ${JSON.stringify(env.VAX_DEMO)}`] };
  }
  if (env.NODE_ENV === "production") {
    const problems = productionProblems(env);
    return problems.length ? { ok: false, problems } : { ok: true, mode: { production: true, demo: false } };
  }
  const demo = env.VAX_DEMO === "true" || (env.VAX_DEMO !== "false" && !env.DATABASE_URL);
  return { ok: true, mode: { production: false, demo } };
};
