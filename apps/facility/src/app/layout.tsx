import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = { title: "Facility app" };

/** The root layout of the facility app. */
const RootLayout = ({ children }: { children: ReactNode }) => (
  <html lang="en">
    <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">{children}</body>
  </html>
);

export default RootLayout;
