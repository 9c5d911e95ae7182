import type { TAppName } from "./app-urls";

/** What the security headers of a response depend on. */
export type TSecurityHeaderOptions = {
  app: TAppName;
  /** The app's public URL is https: HSTS, and insecure subresource URLs upgraded. */
  https: boolean;
  /** `next dev`: React's development build evaluates code to rebuild stack traces. */
  development?: boolean;
  /** A page's per-request nonce: its scripts run by nonce, and what they load by 'strict-dynamic'. */
  nonce?: string;
};

/** One response header, as Next's `headers()` config and a proxy both take it. */
export type THeader = { key: string; value: string };

// Two years, the HSTS preload list's minimum; subdomains of an app's host are the app's own.
const HSTS = "max-age=63072000; includeSubDomains";

// Features no app uses are switched off, so injected code cannot reach them either; the verify
// app scans QR codes with the camera, on its own origin only.
const permissionsPolicy = (app: TAppName) =>
  [
    `camera=${app === "verify" ? "(self)" : "()"}`,
    "microphone=()",
    "geolocation=()",
    "payment=()",
    "usb=()",
    "serial=()",
    "hid=()",
    "browsing-topics=()",
  ].join(", ");

/**
 * The Content-Security-Policy of an app's responses. A page gets a nonce: Next puts it on its
 * inline bootstrap scripts and its chunk scripts, and 'strict-dynamic' lets those load the rest,
 * so no other script runs, inline or from anywhere. Responses without a nonce (API answers, static
 * files, and the service and pdf.js workers, whose policy is their own script's response header)
 * may run scripts from the app's origin only. Styles allow 'unsafe-inline': React renders `style`
 * attributes, and the QR scanner sets styles on the elements it makes; CSS cannot run script.
 */
export const contentSecurityPolicy = ({ app, https, development = false, nonce }: TSecurityHeaderOptions): string => {
  const scripts = nonce ? ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"] : ["'self'"];
  if (development) scripts.push("'unsafe-eval'");
  const directives = [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    // data: for small inlined icons; blob: for the verify app's uploaded pictures and the QR images made in the browser.
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    // Named apart from script-src: 'strict-dynamic' would otherwise stop the service worker registering.
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    // None of the apps is meant to be shown inside another site's frame (clickjacking).
    "frame-ancestors 'none'",
  ];
  // The admin portal's template editor frames the preview PDF it fetched, as a blob: URL it made
  // itself (default-src 'self' does not cover blob:); the other apps frame nothing of their own.
  if (app === "admin") directives.push("frame-src blob:");
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
};

/**
 * The security headers of every response of an app: its CSP, no MIME sniffing, no referrer sent
 * to other sites, no framing, no features it does not use, its own browsing context group, and
 * HSTS when the app is served over https.
 */
export const securityHeaders = (options: TSecurityHeaderOptions): THeader[] => {
  const headers: THeader[] = [
    { key: "content-security-policy", value: contentSecurityPolicy(options) },
    { key: "x-content-type-options", value: "nosniff" },
    // Same-origin requests keep their Referer and Origin (the write check reads Origin); other sites get neither.
    { key: "referrer-policy", value: "same-origin" },
    { key: "x-frame-options", value: "DENY" },
    { key: "permissions-policy", value: permissionsPolicy(options.app) },
    { key: "cross-origin-opener-policy", value: "same-origin" },
  ];
  if (options.https) headers.push({ key: "strict-transport-security", value: HSTS });
  return headers;
};
