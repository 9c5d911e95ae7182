import { z } from "zod";
import { requiredText } from "./fields";

/** The kinds of issuer key a tenant holds, with the words the portal shows for each. */
export const signingKeyKinds = [
  { value: "VC", label: "W3C credentials (Ed25519)" },
  { value: "SHC", label: "SMART Health Cards (P-256)" },
  { value: "CSCA", label: "EU DCC country signing CA (P-256)" },
  { value: "EU_DCC", label: "EU DCC document signer (P-256)" },
] as const;

/** One of the {@link signingKeyKinds}. */
export type TSigningKeyKind = (typeof signingKeyKinds)[number]["value"];

const tenantId = z.string().trim().min(1).max(64).optional();

/** Which tenant's keys: a tenant admin's own (left out), or the one a platform admin names. */
export const ZSigningKeyQuery = z.object({ tenantId });

/** A key to generate; it starts pending, published but not signing, until activated. */
export const ZSigningKeyCreateInput = z.object({
  kind: z.enum(
    signingKeyKinds.map(({ value }) => value),
    { error: "Choose what the key signs" },
  ),
  tenantId,
});

/** Input of the generate-key form, before parsing. */
export type TSigningKeyCreateInput = z.input<typeof ZSigningKeyCreateInput>;
/** A parsed request for a new key. */
export type TSigningKeyCreate = z.output<typeof ZSigningKeyCreateInput>;

/** Why a key is revoked: verifiers show it beside every certificate the key signed. */
export const ZSigningKeyRevokeInput = z.object({ reason: requiredText("Reason", 300) });

/** A parsed revocation. */
export type TSigningKeyRevoke = z.output<typeof ZSigningKeyRevokeInput>;

/** A signing key as the portal and the API show it: never its private half (times in ISO 8601). */
export const ZSigningKeyView = z
  .object({
    id: z.string(),
    tenantId: z.string(),
    kid: z.string(),
    kind: z.enum(["VC", "EU_DCC", "SHC", "CSCA"]),
    algorithm: z.enum(["ED25519", "P256", "RSA"]),
    status: z.enum(["PENDING", "ACTIVE", "RETIRED", "REVOKED"]),
    statusReason: z.string().nullable(),
    createdAt: z.iso.datetime(),
    activatedAt: z.iso.datetime().nullable(),
    retiredAt: z.iso.datetime().nullable(),
    revokedAt: z.iso.datetime().nullable(),
    parentKid: z.string().nullable(),
    certificate: z
      .object({ subject: z.string(), issuer: z.string(), notBefore: z.string(), notAfter: z.string(), pem: z.string() })
      .nullable(),
    signedCount: z.number().int(),
  })
  .meta({ id: "SigningKey" });
