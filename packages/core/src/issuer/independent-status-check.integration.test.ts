import { contexts as credentialsContexts } from "@digitalbazaar/credentials-context";
import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import { contexts as dataIntegrityContexts } from "@digitalbazaar/data-integrity-context";
import { cryptosuite as eddsaRdfc2022 } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
import { contexts as multikeyContexts } from "@digitalbazaar/multikey-context";
import { contexts as securityContexts } from "@digitalbazaar/security-context";
import { verifyCredential } from "@digitalbazaar/vc";
import { checkStatus } from "@digitalbazaar/vc-bitstring-status-list";
import { prisma } from "@vax/db";
import { beforeAll, describe, expect, it } from "vitest";
import type { TCertificateView } from "../certification";
import { daysAgo, type TTenantSetUp, tenantWithCatalogue, vaccinate } from "../testing/issuance-fixture";
import { statusSlotOf, writeStatusBit } from "../testing/status-bits";
import { issuerDidDocument, publicVaccinationContext } from "./issuer-documents";
import { statusListUrl, tenantDid } from "./issuer-urls";
import { statusListCredential } from "./status-list-credential";

let setUp: TTenantSetUp;
let slug: string;
let revoked: TCertificateView;
let active: TCertificateView;

/**
 * Digital Bazaar's document loader for this test, independent of ours: their own bundled contexts, the
 * vaccination context and the tenant's DID document as the verify app serves them, and the status lists as
 * served now. Nothing is fetched; an unknown URL fails.
 */
const servedDocuments = async (url: string) => {
  const contexts = new Map<string, unknown>([
    ...credentialsContexts,
    ...dataIntegrityContexts,
    ...multikeyContexts,
    ...securityContexts,
  ]);
  const answer = (document: unknown) => ({ contextUrl: null, documentUrl: url, document });
  const context = contexts.get(url);
  if (context) return answer(context);
  if (url.endsWith("/credentials/vaccination/v1")) return answer(publicVaccinationContext());
  const [did, fragment] = url.split("#");
  if (did === tenantDid(slug)) {
    const document = await issuerDidDocument({ slug });
    if (fragment === undefined) return answer(document);
    const method = document.verificationMethod.find((candidate) => candidate.id === url);
    if (method) return answer({ "@context": "https://w3id.org/security/multikey/v1", ...method });
  }
  for (const purpose of ["REVOCATION", "SUSPENSION"] as const) {
    const number = Number(url.split("/").pop());
    if (url === statusListUrl(slug, purpose, number)) {
      return answer((await statusListCredential({ slug, purpose, number })).document);
    }
  }
  throw new Error(`${url} is not served locally; this verifier never fetches`);
};

const suite = () => new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 });

const independentStatus = async (certificate: TCertificateView) => {
  const result = await checkStatus({
    credential: certificate.credential,
    documentLoader: servedDocuments,
    suite: suite(),
    verifyBitstringStatusListCredential: true,
    verifyMatchingIssuers: true,
  });
  if (result.error) throw result.error;
  return Object.fromEntries(
    (result.results ?? []).map((entry) => [entry.credentialStatus.statusPurpose, entry.status]),
  );
};

beforeAll(async () => {
  setUp = await tenantWithCatalogue();
  slug = (await prisma.tenant.findUniqueOrThrow({ where: { id: setUp.tenantId }, select: { slug: true } })).slug;
  active = await vaccinate(setUp, setUp.catalogue.recipient.id, { dose: 1, date: daysAgo(120) });
  revoked = await vaccinate(setUp, setUp.catalogue.recipient.id, { dose: 2, date: daysAgo(20) });
  await writeStatusBit(setUp.tenantId, "REVOCATION", statusSlotOf(revoked.credential, "revocation"), true);
});

describe("Digital Bazaar's vc and vc-bitstring-status-list read our published lists as we do", () => {
  it("verifies the certificates and the signed status lists with their own suite and contexts", async () => {
    const result = await verifyCredential({
      credential: active.credential,
      suite: suite(),
      documentLoader: servedDocuments,
      checkStatus: (options) => checkStatus({ ...options, verifyBitstringStatusListCredential: true }),
    });
    expect(result.error).toBeUndefined();
    expect(result.verified).toBe(true);
    expect(result.statusResult?.verified).toBe(true);
  });

  it("finds the revoked certificate's revocation bit set and the active one's clear", async () => {
    expect(await independentStatus(revoked)).toEqual({ revocation: true, suspension: false });
    expect(await independentStatus(active)).toEqual({ revocation: false, suspension: false });
  });

  it("sees a reinstatement on the next read of the served list", async () => {
    await writeStatusBit(setUp.tenantId, "REVOCATION", statusSlotOf(revoked.credential, "revocation"), false);
    expect(await independentStatus(revoked)).toEqual({ revocation: false, suspension: false });
  });
});
