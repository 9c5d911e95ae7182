// A made-up origin to resolve paths against: a path that resolves to any other origin leaves the app.
const PROBE_ORIGIN = "http://return-path.invalid";

/**
 * Backslashes (browsers read them as slashes: /\evil.example is //evil.example), control
 * characters (browsers drop tabs and newlines inside URLs: /\t/evil.example is //evil.example)
 * and the line separators some parsers break on.
 */
const hasUnsafeCharacter = (value: string): boolean =>
  [...value].some((character) => {
    const code = character.codePointAt(0) ?? 0;
    return character === "\\" || code <= 0x1f || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
  });

const SCHEME = /^[a-z][a-z\d+.-]*:/i;
const MAX_LENGTH = 2048;
// Enough to unwrap %252F%252F and the like; a value still changing after that is refused.
const MAX_DECODINGS = 4;

/** Whether a path, and each percent-decoding of it, is free of everything that could name another host. */
const isPlainPath = (path: string): boolean => {
  let layer = path;
  for (let decodings = 0; decodings <= MAX_DECODINGS; decodings++) {
    if (hasUnsafeCharacter(layer) || !layer.startsWith("/") || layer.startsWith("//")) return false;
    let decoded: string;
    try {
      decoded = decodeURIComponent(layer);
    } catch {
      return false;
    }
    if (decoded === layer) return true;
    layer = decoded;
  }
  return false;
};

/**
 * Where to send someone after signing in, or back to a page: the given path when it is a plain
 * path on this app (`/programmes?page=2`), else "/". Refuses protocol-relative and backslash
 * tricks (`//x`, `/\x`, `\\x`), their percent-encoded forms (`/%5Cx`, `/%2F%2Fx`), control
 * characters, `javascript:` and every other scheme, and absolute URLs, unless `origin` is given
 * and the URL is on it, when its path is kept. Takes any value, as query strings hand over arrays.
 */
export const safeReturnPath = (value: unknown, origin?: string): string => {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return "/";
  let path = value;
  if (SCHEME.test(value)) {
    if (!origin || hasUnsafeCharacter(value)) return "/";
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return "/";
    }
    if (url.origin !== origin || url.username || url.password) return "/";
    path = `${url.pathname}${url.search}${url.hash}`;
  }
  if (!isPlainPath(path)) return "/";
  const resolved = new URL(path, PROBE_ORIGIN);
  if (resolved.origin !== PROBE_ORIGIN) return "/";
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
};

/**
 * next-auth's `redirect` callback: after sign-in or sign-out, only to a path on the app itself
 * (its default lets any path through, `/\evil.example` included, and the callback-url cookie is
 * the client's to write).
 */
export const sameOriginRedirect = ({ url, baseUrl }: { url: string; baseUrl: string }): string =>
  new URL(safeReturnPath(url, new URL(baseUrl).origin), baseUrl).href;
