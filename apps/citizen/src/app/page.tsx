/** The citizen portal's landing page. */
const HomePage = () => (
  <main className="mx-auto max-w-xl p-8">
    <h1 className="text-2xl font-semibold">Your vaccination certificates</h1>
    <p className="mt-2 text-slate-600">Sign in with your mobile number to download your certificates.</p>
  </main>
);

export default HomePage;
