import type { Metadata } from "next";
import type { ReactNode } from "react";
import { Providers } from "./providers";
import "./globals.css";

export const metadata: Metadata = { title: "Orchestration portal" };

/** The root layout of the admin app. */
const RootLayout = ({ children }: { children: ReactNode }) => (
  <html lang="en">
    <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
      <Providers>{children}</Providers>
    </body>
  </html>
);

export default RootLayout;
