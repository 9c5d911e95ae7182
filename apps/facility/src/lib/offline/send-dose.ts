import type { TCertificateView } from "@vax/core";
import type { TErrorBody, TRecordDose } from "@vax/core/schemas";
import { callApi, isTransient } from "../api-call";

/** What became of sending one dose: certified, refused for good, or to be sent again later. */
export type TSendOutcome =
  | { kind: "issued"; certificate: TCertificateView }
  | { kind: "refused"; error: TErrorBody["error"] }
  | { kind: "later"; reason: "unreachable" | "signed-out" | "server" };

/** Sends one dose to the server's recordDose and sorts the answer for the offline queue. */
export const sendDose = async (request: TRecordDose): Promise<TSendOutcome> => {
  const outcome = await callApi<TCertificateView>("/api/v1/doses", { method: "POST", body: JSON.stringify(request) });
  if (outcome.kind === "ok") return { kind: "issued", certificate: outcome.body };
  if (outcome.kind === "unreachable") return { kind: "later", reason: "unreachable" };
  if (outcome.status === 401) return { kind: "later", reason: "signed-out" };
  if (isTransient(outcome.status)) return { kind: "later", reason: "server" };
  return { kind: "refused", error: outcome.error };
};
