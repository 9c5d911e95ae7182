/** The foot of every page: where anyone can check a certificate. */
export const SiteFooter = ({ verifyUrl }: { verifyUrl: string }) => (
  <footer className="mx-auto max-w-4xl px-4 py-8 text-xs text-slate-500 sm:px-6">
    Anyone can check a certificate by scanning its QR code at{" "}
    <a href={verifyUrl} className="font-medium text-teal-800 underline">
      {verifyUrl.replace(/^https?:\/\//, "")}
    </a>
    . Your certificates are digitally signed by the health authority that issued them.
  </footer>
);
