import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { Providers } from "./providers";
import "./globals.css";

export const metadata: Metadata = { title: "Orchestration portal" };

/** The root layout of the admin app. */
const RootLayout = async ({ children }: { children: ReactNode }) => {
  // Rendered for each request, never ahead: the page's scripts carry the nonce of its own CSP.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <Providers>{children}</Providers>
      </body>
    </html>
  );
};

export default RootLayout;
