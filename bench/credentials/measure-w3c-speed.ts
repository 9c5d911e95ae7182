// Timing script, not a test: `npx tsx bench/credentials/measure-w3c-speed.ts`.
// Prints signatures/s and verifications/s of a two-dose vaccination credential on one thread.
import * as Ed25519Multikey from "@digitalbazaar/ed25519-multikey";
import { createW3cSigner } from "../../packages/credentials/src/w3c/create-w3c-signer.ts";
import { createDocumentLoader } from "../../packages/credentials/src/w3c/document-loader.ts";
import { issueVaccinationCredential } from "../../packages/credentials/src/w3c/issue-vaccination-credential.ts";
import { verifyW3cCredential } from "../../packages/credentials/src/w3c/verify-w3c-credential.ts";

const issuer = "did:web:localhost%3A3003";
const keyId = `${issuer}#key-1`;
const keyPair = await Ed25519Multikey.generate({ id: keyId, controller: issuer });
const method = await keyPair.export({ publicKey: true, includeContext: true });
const { "@context": _context, ...embedded } = method;
const documentLoader = createDocumentLoader({
  documents: {
    [issuer]: {
      "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"],
      id: issuer,
      verificationMethod: [embedded],
      assertionMethod: [keyId],
    },
    [keyId]: method,
  },
});
const signer = await createW3cSigner({
  id: keyId,
  publicKeyMultibase: keyPair.publicKeyMultibase,
  secretKeyMultibase: keyPair.secretKeyMultibase as string,
});
const dose = (doseNumber: number, date: string) => ({
  vaccine: { name: "COVISHIELD", icd11Code: "XM9QW8", atcCode: "J07BX03", manufacturer: { name: "Serum Institute" } },
  batch: "4121Z005",
  date,
  doseNumber,
  totalDoses: 2,
  facility: { name: "PHC Kalyan Nagar", address: "Bengaluru" },
});
const issue = (n: number) =>
  issueVaccinationCredential({
    issuer,
    signer,
    documentLoader,
    id: `urn:uuid:00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
    validFrom: new Date(),
    recipient: { name: `Recipient ${n}`, birthDate: "1985-04-12", gender: "Female", identifier: String(n) },
    doses: [dose(1, "2021-03-01"), dose(2, "2021-06-01")],
  });

const rate = async (label: string, run: (n: number) => Promise<unknown>, seconds = 3) => {
  for (let n = 0; n < 50; n++) await run(n);
  const start = performance.now();
  let count = 0;
  while (performance.now() - start < seconds * 1000) await run(count++);
  const perSec = Math.round((count * 1000) / (performance.now() - start));
  console.log(JSON.stringify({ [label]: perSec }));
  return perSec;
};

const credentials = await Promise.all(Array.from({ length: 100 }, (_, n) => issue(n)));
await rate("signPerSec", issue);
await rate("verifyPerSec", async (n) => {
  const result = await verifyW3cCredential({ credential: credentials[n % 100], documentLoader });
  if (!result.verified) throw new Error(JSON.stringify(result.checks));
});
