import { z } from "zod";

const ZHashType = z.enum(["SIGNATURE", "UCI", "COUNTRYCODEUCI"]);

/** The EU DCC revocation distribution service's `/lists`: one item per DSC kid that has revoked certificates. */
export const ZDccRevocationLists = z.array(
  z
    .object({
      kid: z.string(),
      mode: z.literal("POINT"),
      hashTypes: z.array(ZHashType),
      expires: z.iso.datetime(),
      lastUpdated: z.iso.datetime(),
    })
    .meta({ id: "DccRevocationListSummary" }),
);

/** A kid's partitions, each naming its chunks and their slices by hash, as the distribution service gives them. */
export const ZDccRevocationPartitions = z.array(
  z
    .object({
      kid: z.string(),
      id: z.string(),
      x: z.string(),
      y: z.string(),
      lastUpdated: z.iso.datetime(),
      expired: z.iso.datetime(),
      chunks: z.record(
        z.string(),
        z.record(z.string(), z.object({ type: z.string(), version: z.string(), hash: z.string() })),
      ),
    })
    .meta({ id: "DccRevocationPartition" }),
);

/** One DSC's revocation entries (hex, 16 bytes each, sorted) per hash type. */
export const ZDccRevocationList = z
  .object({
    kid: z.string(),
    hashTypes: z.array(ZHashType),
    hashes: z.partialRecord(ZHashType, z.array(z.string().regex(/^[0-9a-f]{32}$/))),
    lastUpdated: z.iso.datetime(),
    expires: z.iso.datetime(),
  })
  .meta({ id: "DccRevocationList" });
