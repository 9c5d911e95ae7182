import type { VerifyResult } from "@vax/credentials/verify";
import { CHECK_LABELS, FORMAT_LABELS, formatMoment } from "./format";

/** What the technical details tell of the circumstances of a check, beside the result itself. */
export type CheckContext = {
  checkedAt: Date;
  /** The moment validity and rules were judged at, when the checker chose one. */
  judgedAt: Date;
  destination?: string;
  statusAsOf: Date | null;
  statusFresh: boolean;
};

const Row = ({ term, children }: { term: string; children: React.ReactNode }) => (
  <div className="py-1.5">
    <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{term}</dt>
    <dd className="break-all font-mono text-xs text-slate-800">{children}</dd>
  </div>
);

/**
 * Identifiers, key ids, format names and the verifier's own messages, folded away: a support desk needs them, a
 * gate checker does not.
 */
export const TechnicalDetails = ({ result, context }: { result: VerifyResult; context: CheckContext }) => (
  <details className="rounded-lg border border-slate-200 bg-slate-50 px-3 py-2 text-sm" data-testid="technical-details">
    <summary className="cursor-pointer font-medium text-slate-700">Technical details</summary>
    <dl className="mt-2 divide-y divide-slate-200">
      <Row term="Format">
        {FORMAT_LABELS[result.format]} ({result.format})
      </Row>
      <Row term="Issuer identifier">{result.issuer?.id ?? "none read"}</Row>
      <Row term="Checked">
        {formatMoment(context.checkedAt)} on this device; validity judged at {context.judgedAt.toISOString()}
        {context.destination ? `; destination ${context.destination}` : ""}
      </Row>
      {context.statusAsOf ? (
        <Row term="Status lists">
          {context.statusFresh ? "fetched" : "kept copy from"} {formatMoment(context.statusAsOf)}
        </Row>
      ) : null}
      {result.checks.map((check) => (
        <Row key={check.name} term={`${CHECK_LABELS[check.name]} (${check.name}, ${check.status})`}>
          {check.reason}
        </Row>
      ))}
      {(result.rules ?? []).map((rule) => (
        <Row key={`${rule.id}@${rule.version}`} term={`Rule ${rule.id} ${rule.version} (${rule.status})`}>
          {rule.type} rule of {rule.country}
          {rule.reason ? `: ${rule.reason}` : ""}
        </Row>
      ))}
    </dl>
  </details>
);
