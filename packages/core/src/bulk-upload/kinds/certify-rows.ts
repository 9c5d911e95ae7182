import { prisma, settleBulkRows, type TBulkRowSettlement } from "@vax/db";
import { clientRowKey, divocDoseRequest, loadCertifyCatalogue } from "../../certification/divoc-dose-request";
import type { TDoseRequest } from "../../certification/dose-request";
import { issueDoses } from "../../certification/issue-doses";
import { type TCertificationRequest, ZCertificationRequest } from "../../schemas/certify";
import type { TActor } from "../../shared/actor";
import { cell, RowAlreadySettled, reasonOf, type TPendingRow } from "../bulk-row";

const list = (value: string | undefined) =>
  (value ?? "")
    .split(";")
    .map((item) => item.trim())
    .filter(Boolean);

// A whole number is sent as a number, as the JSON API's callers do; anything else stays text for the schema to refuse.
const count = (value: string | undefined) => (value !== undefined && /^\d{1,6}$/.test(value) ? Number(value) : value);

const address = (cells: Record<string, string>) => {
  const fields = {
    addressLine1: cell(cells, "recipient.address.addressLine1"),
    district: cell(cells, "recipient.address.district"),
    state: cell(cells, "recipient.address.state"),
    pincode: cell(cells, "recipient.address.pincode"),
  };
  return Object.values(fields).some(Boolean) ? fields : undefined;
};

/** A certify CSV row as the DIVOC certification request the certify API takes: the columns are its field paths. */
export const certificationRequestOf = (cells: Record<string, string>): unknown => ({
  preEnrollmentCode: cell(cells, "preEnrollmentCode"),
  programId: cell(cells, "programId"),
  recipient: {
    name: cell(cells, "recipient.name"),
    dob: cell(cells, "recipient.dob"),
    age: cell(cells, "recipient.age"),
    gender: cell(cells, "recipient.gender"),
    nationality: cell(cells, "recipient.nationality"),
    identity: cell(cells, "recipient.identity"),
    contact: list(cells["recipient.contact"]),
    address: address(cells),
  },
  vaccination: {
    name: cell(cells, "vaccination.name"),
    manufacturer: cell(cells, "vaccination.manufacturer"),
    batch: cell(cells, "vaccination.batch"),
    date: cell(cells, "vaccination.date"),
    effectiveStart: cell(cells, "vaccination.effectiveStart"),
    effectiveUntil: cell(cells, "vaccination.effectiveUntil"),
    dose: count(cell(cells, "vaccination.dose")),
    totalDoses: count(cell(cells, "vaccination.totalDoses")),
  },
  vaccinator: { name: cell(cells, "vaccinator.name") },
  facility: { name: cell(cells, "facility.name") },
});

/**
 * The dose request of a row, as the certify API makes it. Uploaded with an API client's token,
 * it is that client's row (its repeats answered only to it, its identity checked against the stored
 * recipient). Uploaded by a user of the tenant, it is keyed on recipient, programme and dose
 * within the tenant, as a dose recorded in the facility app is matched.
 */
const doseOf = (actor: TActor, dose: TDoseRequest): TDoseRequest => {
  if (actor.type === "API_CLIENT" || !dose.caller) return dose;
  const { identityType, identityNumber } = dose.caller.claimed;
  const { caller: _, ...withoutCaller } = dose;
  return {
    ...withoutCaller,
    idempotencyKey: clientRowKey("tenant", `${identityType}:${identityNumber}:${dose.programmeId}`, dose.dose),
  };
};

type TQueued = { row: TPendingRow; dose: TDoseRequest };

const failed = (row: TPendingRow, error: string): TBulkRowSettlement => ({
  id: row.id,
  outcome: "FAILED",
  recordId: null,
  error: error.slice(0, 1_000),
});

// Issues the doses that pass every rule, settling refused rows and trying the rest again: a dose
// refused only for a batch neighbour (a dose 2 whose dose 1 was refused) is refused on the next pass.
const issueQueued = async (actor: TActor, queued: TQueued[], now: Date): Promise<void> => {
  let pending = queued;
  while (pending.length) {
    const current = pending;
    const result = await issueDoses({
      actor,
      requests: current.map(({ dose }) => dose),
      source: "BULK_UPLOAD",
      repeatedDose: "return-existing",
      now,
      onWritten: async (tx, written) => {
        const rows = [...written].map(([index, certificate]) => ({
          id: (current[index] as TQueued).row.id,
          outcome: "CREATED" as const,
          recordId: certificate.certificateId,
          error: null,
        }));
        if ((await settleBulkRows(tx, rows)) !== rows.length) throw new RowAlreadySettled();
      },
    });
    if ("problems" in result) {
      const reasons = new Map<number, string[]>();
      for (const { index, message } of result.problems) reasons.set(index, [...(reasons.get(index) ?? []), message]);
      await settleBulkRows(
        prisma,
        [...reasons].map(([index, messages]) => failed((current[index] as TQueued).row, messages.join("; "))),
      );
      pending = current.filter((_, index) => !reasons.has(index));
      continue;
    }
    // Rows whose certificate was issued before (a re-upload) are answered with it; those written just now are settled already.
    await settleBulkRows(
      prisma,
      result.certificates.map((certificate, index) => ({
        id: (current[index] as TQueued).row.id,
        outcome: "EXISTING" as const,
        recordId: certificate.certificateId,
        error: null,
      })),
    );
    return;
  }
};

/** Options for {@link processCertifyRows}. */
export type ProcessCertifyRowsOptions = { actor: TActor; tenantId: string; rows: TPendingRow[]; now?: Date };

/**
 * Certifies a chunk of rows through the certify API's own steps: each row read as a DIVOC
 * certification request (its schema), mapped onto the tenant's programme, vaccine and facility
 * (`divocDoseRequest`), and issued by `issueDoses` with the dose rules; a refused row fails alone.
 * New certificates and their rows' outcomes are written in one transaction; a dose certified
 * before (a re-upload, or a second run of the chunk) is answered with the existing certificate.
 */
export const processCertifyRows = async ({
  actor,
  tenantId,
  rows,
  now = new Date(),
}: ProcessCertifyRowsOptions): Promise<void> => {
  const refused: TBulkRowSettlement[] = [];
  const read: { row: TPendingRow; request: TCertificationRequest }[] = [];
  for (const row of rows) {
    const parsed = ZCertificationRequest.safeParse(certificationRequestOf(row.data));
    if (parsed.success) read.push({ row, request: parsed.data });
    else refused.push(failed(row, reasonOf(parsed.error)));
  }
  const catalogue = await loadCertifyCatalogue(
    tenantId,
    read.map(({ request }) => request),
  );
  const queued: TQueued[] = [];
  for (const [index, { row, request }] of read.entries()) {
    const mapped = divocDoseRequest({
      catalogue,
      request,
      index,
      apiClientId: actor.type === "API_CLIENT" && actor.id ? actor.id : "tenant",
      idempotencyKey: null,
    });
    if ("problems" in mapped) refused.push(failed(row, mapped.problems.map(({ message }) => message).join("; ")));
    else queued.push({ row, dose: doseOf(actor, mapped.dose) });
  }
  await settleBulkRows(prisma, refused);
  try {
    await issueQueued(actor, queued, now);
  } catch (error) {
    // Another run of this chunk settled some of these rows first; what it issued answers the rest.
    if (!(error instanceof RowAlreadySettled)) throw error;
    const stillPending = await prisma.bulkUploadRow.findMany({
      where: { id: { in: queued.map(({ row }) => row.id) }, outcome: "PENDING" },
      select: { id: true },
    });
    const ids = new Set(stillPending.map(({ id }) => id));
    await issueQueued(
      actor,
      queued.filter(({ row }) => ids.has(row.id)),
      now,
    );
  }
};
