import { prisma } from "@vax/db";
import { createFacilityIn, DUPLICATE_FACILITY_CODE } from "../../facility/create-facility";
import { type TFacility, ZFacilityInput } from "../../schemas/facility";
import { cell, duplicateReason } from "../bulk-row";
import type { TRecordKind } from "../process-record-rows";

const list = (value: string | undefined) =>
  (value ?? "")
    .split(";")
    .map((item) => item.trim())
    .filter(Boolean);

/** Facilities from a CSV, checked and created as the facility form does; the code is the natural key. */
export const facilityRows: TRecordKind<TFacility> = {
  input: (cells, refs) => ({
    code: cell(cells, "code"),
    name: cell(cells, "name"),
    addressLine: cell(cells, "addressLine"),
    district: cell(cells, "district"),
    state: cell(cells, "state"),
    pincode: cell(cells, "pincode"),
    country: cell(cells, "country"),
    category: cell(cells, "category")?.toUpperCase(),
    programmeIds: list(cells.programmes).map(refs.programmeId),
  }),
  schema: ZFacilityInput,
  existing: async (tenantId, input) =>
    (
      await prisma.facility.findUnique({
        where: { tenantId_code: { tenantId, code: input.code } },
        select: { id: true },
      })
    )?.id ?? null,
  prepare: async (input) => input,
  create: async (tx, actor, input) => (await createFacilityIn(tx, { actor, input })).id,
  duplicate: duplicateReason(DUPLICATE_FACILITY_CODE),
};
