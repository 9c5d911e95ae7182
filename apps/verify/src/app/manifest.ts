import type { MetadataRoute } from "next";

/** The web app manifest that makes the checker installable: it opens full screen from the home screen. */
const manifest = (): MetadataRoute.Manifest => ({
  id: "/",
  name: "Verify a vaccination certificate",
  short_name: "Vax Verify",
  description:
    "Check that a vaccination certificate is genuine, with the camera, a photo, the PDF or its text; works offline.",
  start_url: "/",
  scope: "/",
  display: "standalone",
  orientation: "portrait",
  background_color: "#f8fafc",
  theme_color: "#0f766e",
  categories: ["health", "utilities"],
  icons: [
    { src: "/icons/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
    { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
    { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
    { src: "/icons/maskable-192.png", sizes: "192x192", type: "image/png", purpose: "maskable" },
    { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
  ],
});

export default manifest;
