import { env } from "@vax/config/env";
import { directionOf, type TLocale } from "@vax/config/i18n";
import type { Metadata } from "next";
import { connection } from "next/server";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import "./globals.css";

/** The portal's title and description in the reader's language. */
export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations("Meta");
  return { title: { default: t("title"), template: `%s · ${t("title")}` }, description: t("description") };
};

/** The root layout of the citizen portal. */
const RootLayout = async ({ children }: { children: ReactNode }) => {
  // Rendered for each request, never ahead: the page's scripts carry the nonce of its own CSP.
  await connection();
  const locale = (await getLocale()) as TLocale;
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body className="flex min-h-screen flex-col bg-slate-50 text-slate-900 antialiased">
        <NextIntlClientProvider>
          <div className="flex-1">{children}</div>
          <SiteFooter verifyUrl={env.VAX_PUBLIC_URL} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
};

export default RootLayout;
