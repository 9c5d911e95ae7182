/** Shown offline for a page this device has not stored yet. */
const OfflinePage = () => (
  <main className="mx-auto mt-24 max-w-md rounded-lg border border-slate-200 bg-white p-8 text-center shadow-sm">
    <h1 className="mb-2 text-xl font-semibold">You are offline</h1>
    <p className="text-sm text-slate-600">
      This page has not been opened on this device yet. Open the facility app once while online; after that it works
      without a connection, and doses recorded offline are sent when the connection is back.
    </p>
  </main>
);

export default OfflinePage;
