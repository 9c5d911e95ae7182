import { directionOf, type TLocale } from "@vax/config/i18n";
import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: "Facility app",
  description: "Record vaccinations and issue certificates, online or offline.",
  applicationName: "Facility app",
  appleWebApp: { capable: true, title: "Facility", statusBarStyle: "default" },
  icons: {
    icon: [{ url: "/icons/icon.svg", type: "image/svg+xml" }],
    apple: [{ url: "/icons/apple-touch-icon.png", sizes: "180x180" }],
  },
};

export const viewport: Viewport = { themeColor: "#0f766e", width: "device-width", initialScale: 1 };

/** The root layout of the facility app. */
const RootLayout = async ({ children }: { children: ReactNode }) => {
  // Rendered for each request, never ahead: the page's scripts carry the nonce of its own CSP.
  await connection();
  const locale = (await getLocale()) as TLocale;
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <NextIntlClientProvider>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
};

export default RootLayout;
