import { directionOf, type TLocale } from "@vax/config/i18n";
import type { Metadata } from "next";
import { connection } from "next/server";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Providers } from "./providers";
import "./globals.css";

/** The portal's title in the reader's language. */
export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations("Metadata");
  return { title: t("title") };
};

/** The root layout of the admin app. */
const RootLayout = async ({ children }: { children: ReactNode }) => {
  // Rendered for each request, never ahead: the page's scripts carry the nonce of its own CSP.
  await connection();
  const locale = (await getLocale()) as TLocale;
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <NextIntlClientProvider>
          <Providers>{children}</Providers>
        </NextIntlClientProvider>
      </body>
    </html>
  );
};

export default RootLayout;
