import { randomUUID } from "node:crypto";
import { readdirSync } from "node:fs";
import path from "node:path";
import withSerwistInit from "@serwist/next";
import { createNextConfig } from "@vax/config/next-config";
import createNextIntlPlugin from "next-intl/plugin";
import { OFFLINE_HOME } from "./src/lib/offline-home";

const SW_PATH = "/_next/static/sw.js";
// next build and next start run in the app folder.
const publicDir = path.join(process.cwd(), "public");

// The home page is the whole app: precached (with the icons), a checker who opens it offline gets the app, not an error;
// under its own URL, so online visits still get the page from the network in the language asked for.
// A fresh revision per build makes each new worker fetch the page that goes with its chunks.
const revision = randomUUID();
const publicFiles = readdirSync(publicDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => `/${path.relative(publicDir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/")}`);

const withSerwist = withSerwistInit({
  swSrc: "src/app/sw.ts",
  // Inside .next rather than public/: a generated file under public/ would count as a changed source and force a rebuild.
  swDest: ".next/static/sw.js",
  swUrl: SW_PATH,
  scope: "/",
  additionalPrecacheEntries: [{ url: OFFLINE_HOME, revision }, ...publicFiles.map((url) => ({ url, revision }))],
  // A check in progress must not be thrown away by a reload when the connection comes back.
  reloadOnOnline: false,
  disable: process.env.NODE_ENV !== "production",
});

const nextConfig = createNextConfig("verify", {
  // The worker lives under /_next/static/ but must control the whole origin.
  headers: async () => [
    {
      source: SW_PATH,
      headers: [{ key: "Service-Worker-Allowed", value: "/" }],
    },
  ],
});

// Pages take their language from the request (cookie, browser, tenant), never from the URL.
const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

export default withSerwist(withNextIntl(nextConfig));
