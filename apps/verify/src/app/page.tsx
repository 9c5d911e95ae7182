/** The verifier's landing page. */
const HomePage = () => (
  <main className="mx-auto max-w-xl p-8">
    <h1 className="text-2xl font-semibold">Verify a vaccination certificate</h1>
    <p className="mt-2 text-slate-600">Scan the QR code on a certificate to check that it is genuine.</p>
  </main>
);

export default HomePage;
