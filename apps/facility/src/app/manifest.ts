import type { MetadataRoute } from "next";

/** The web app manifest that makes the facility app installable on a vaccinator's tablet or phone. */
const manifest = (): MetadataRoute.Manifest => ({
  id: "/",
  name: "Facility app — vaccination certificates",
  short_name: "Facility",
  description: "Find or register the recipient, record the dose and print the certificate, online or offline.",
  start_url: "/",
  scope: "/",
  display: "standalone",
  orientation: "any",
  background_color: "#f8fafc",
  theme_color: "#0f766e",
  icons: [
    { src: "/icons/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
    { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
    { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
    { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
  ],
});

export default manifest;
