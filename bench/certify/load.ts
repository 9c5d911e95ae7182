import { certifyBody } from "./certification-requests.ts";

/** Options for {@link certifyUnderLoad}. */
export type CertifyLoadOptions = {
  url: string;
  token: string;
  batch: number;
  callers: number;
  /** Each caller keeps sending until both minimums are reached. */
  minRequests: number;
  minMs: number;
};

/** What one load run saw: certificates issued, the wall time, and each batch request's latency. */
export type CertifyLoadResult = { certificates: number; elapsedMs: number; latenciesMs: number[] };

type TCertified = { certificates: Array<{ certificateId: string }> };

const seen = new Set<string>();

const certifyOnce = async ({ url, token, batch }: CertifyLoadOptions): Promise<{ ms: number; issued: number }> => {
  const body = certifyBody(batch);
  const started = performance.now();
  const response = await fetch(url, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body,
  });
  const text = await response.text();
  const ms = performance.now() - started;
  if (!response.ok) throw new Error(`certify answered ${response.status}: ${text.slice(0, 1_000)}`);
  const { certificates } = JSON.parse(text) as TCertified;
  if (certificates.length !== batch)
    throw new Error(`certify answered ${certificates.length} of ${batch} certificates`);
  // Every row names a new recipient, so an id seen before would mean a repeat was answered, not a certificate issued.
  for (const { certificateId } of certificates) {
    if (seen.has(certificateId)) throw new Error(`certificate ${certificateId} was answered twice`);
    seen.add(certificateId);
  }
  return { ms, issued: certificates.length };
};

/** Sends certify batches from several concurrent callers, each waiting for its answer before the next. */
export const certifyUnderLoad = async (options: CertifyLoadOptions): Promise<CertifyLoadResult> => {
  const latenciesMs: number[] = [];
  let certificates = 0;
  let sent = 0;
  const started = performance.now();
  const caller = async () => {
    while (sent < options.minRequests || performance.now() - started < options.minMs) {
      sent++;
      const { ms, issued } = await certifyOnce(options);
      latenciesMs.push(ms);
      certificates += issued;
    }
  };
  await Promise.all(Array.from({ length: options.callers }, caller));
  return { certificates, elapsedMs: performance.now() - started, latenciesMs };
};

/** The nearest-rank percentile of some latencies. */
export const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};
