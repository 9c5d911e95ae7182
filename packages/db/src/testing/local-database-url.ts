const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/**
 * Throws unless the URL points at a PostgreSQL server on this machine: test set-ups create and
 * drop databases, and must never do that on a shared or production server by mistake.
 */
export const assertLocalDatabaseUrl = (url: string, variable = "TEST_DATABASE_URL"): URL => {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`${variable} is not a valid URL`);
  }
  if (!/^postgres(ql)?:$/.test(parsed.protocol)) throw new Error(`${variable} must be a postgresql:// URL`);
  if (!LOCAL_HOSTS.has(parsed.hostname)) {
    throw new Error(
      `${variable} points at "${parsed.hostname}": tests create and drop databases, so only localhost, 127.0.0.1 or ::1 are allowed`,
    );
  }
  return parsed;
};
