import type { Issuer } from "@vax/credentials/verify";
import { countryName } from "./format";

/** Who issued the certificate, by name and country; an issuer this checker does not know is said to be so. */
export const IssuerSection = ({ issuer }: { issuer: Issuer | null }) => (
  <section aria-labelledby="issuer-heading">
    <h3 id="issuer-heading" className="text-sm font-semibold uppercase tracking-wide text-slate-500">
      Issued by
    </h3>
    {issuer?.name ? (
      <p className="mt-1 text-lg font-medium text-slate-900" data-testid="issuer-name">
        {issuer.name}
        {issuer.country ? <span className="text-slate-600"> · {countryName(issuer.country)}</span> : null}
      </p>
    ) : (
      <p className="mt-1 text-slate-700">
        {issuer ? "An issuer this checker does not know." : "The certificate names no issuer that could be read."}
        {issuer?.country ? ` Country: ${countryName(issuer.country)}.` : ""}
      </p>
    )}
  </section>
);
