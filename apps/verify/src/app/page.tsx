import type { Metadata, Viewport } from "next";
import { SiteHeader } from "@/components/site-header";
import { VerifyApp } from "@/components/verify-app";

export const metadata: Metadata = {
  title: "Verify a vaccination certificate",
  description:
    "Check that a vaccination certificate is genuine and valid. The check runs on this device and works offline.",
  applicationName: "Vax Verify",
  appleWebApp: { capable: true, title: "Vax Verify", statusBarStyle: "default" },
};

export const viewport: Viewport = { themeColor: "#0f766e", width: "device-width", initialScale: 1 };

/** The verifier's home page: anyone checks a certificate here, with the camera, a picture or PDF, or its text. */
const HomePage = () => (
  <>
    <SiteHeader />
    <main className="mx-auto max-w-2xl space-y-4 px-4 py-6">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">Verify a vaccination certificate</h1>
        <p className="mt-1 text-sm text-slate-600">
          Scan the QR code, upload a photo or the PDF, or paste its text. The check runs on this device: nothing you
          check is sent anywhere.
        </p>
      </div>
      <VerifyApp />
    </main>
  </>
);

export default HomePage;
