import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import withSerwistInit from "@serwist/next";
import { createNextConfig } from "@vax/config/next-config";
import type { NextConfig } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import createNextIntlPlugin from "next-intl/plugin";

// The worker is written under public/generated/, which the build stamp and git leave out: it is
// remade by every build, so counting it as a source would make every build stale.
const SW_DIR = "generated";

// With explicit precache entries Serwist stops globbing public/, so the icons are listed here,
// beside the offline page, which is rendered at build time and changes with each build.
const ICONS = new URL("./public/icons/", import.meta.url);
const publicEntries = () =>
  readdirSync(ICONS).map((file) => ({
    url: `/icons/${file}`,
    revision: createHash("sha256")
      .update(readFileSync(new URL(file, ICONS)))
      .digest("hex")
      .slice(0, 16),
  }));

// Pages take their language from the request (cookie, browser, tenant), never from the URL.
const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

const facilityConfig = withNextIntl(
  createNextConfig("facility", {
    // The worker must sit at the root of the scope it controls, the whole app.
    rewrites: async () => [{ source: "/sw.js", destination: `/${SW_DIR}/sw.js` }],
    headers: async () => [{ source: "/sw.js", headers: [{ key: "Cache-Control", value: "no-cache" }] }],
  }),
);

/**
 * The facility app's Next.js config. Production builds bundle the service worker with Serwist,
 * which needs webpack (`next build --webpack`); the dev server runs Turbopack without it.
 */
const nextConfig = (phase: string): NextConfig => {
  if (phase !== PHASE_PRODUCTION_BUILD) return facilityConfig;
  const withSerwist = withSerwistInit({
    swSrc: "src/app/sw.ts",
    swDest: `public/${SW_DIR}/sw.js`,
    swUrl: "/sw.js",
    reloadOnOnline: false,
    additionalPrecacheEntries: [{ url: "/offline", revision: randomUUID() }, ...publicEntries()],
  });
  return withSerwist(facilityConfig);
};

export default nextConfig;
