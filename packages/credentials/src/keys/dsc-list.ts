import { encodeBase64 } from "../divoc/encoding.ts";
import { dscKid, parseCertificate } from "../eu-dcc/certificates.ts";
import { canVerify, type KeyStatus } from "./key-status.ts";

/** A Document Signer Certificate to publish: DER bytes, PEM or base64 DER, with the status of its key. */
export type DscListInput = Uint8Array | string | { certificate: Uint8Array | string; status: KeyStatus };

/** One entry of the DSC list: the DCC kid (base64) and the certificate (base64 DER), as DCC gateways publish them. */
export type DscListEntry = { kid: string; certificate: string };

/** Builds the published DSC list; certificates of revoked keys are left out so their DCCs stop verifying. */
export const dscList = async ({ certificates }: { certificates: readonly DscListInput[] }): Promise<DscListEntry[]> => {
  const listed = certificates.filter(
    (item) => typeof item === "string" || item instanceof Uint8Array || canVerify(item.status),
  );
  return Promise.all(
    listed.map(async (item) => {
      const input = typeof item === "string" || item instanceof Uint8Array ? item : item.certificate;
      const der = new Uint8Array(parseCertificate(input).rawData);
      return { kid: encodeBase64(await dscKid(der)), certificate: encodeBase64(der) };
    }),
  );
};
