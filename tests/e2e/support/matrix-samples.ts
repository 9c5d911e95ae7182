import { dscList } from "@vax/credentials/keys";
import { createPrismaClient } from "@vax/db";
import { DEMO_TENANT_SLUG, demoCredentials } from "@vax/db/seed";
import type { TSampleName } from "./route-rule-kinds";

/** The value of every sample the route rules name. */
export type TSamples = Record<TSampleName, string>;

/** A write's parameters: an id no record has, so an allowed caller gets a 4xx and nothing changes. */
export const UNKNOWN_ID = "00000000-0000-7000-8000-000000000000";

const required = <T>(value: T | null | undefined, what: string): T => {
  if (value === null || value === undefined) throw new Error(`The route matrix found no ${what} in the demo data`);
  return value;
};

/**
 * Looks up the samples in the database the e2e run's platform uses: records of the demo tenant
 * every role that may read them can see (the facility admin's own facility and its vaccinator),
 * and the certificate the matrix's citizen holds; a bulk upload is made when the demo tenant has none.
 * The demo API client's transaction is made here when it has none: a finished one with a row error,
 * which no worker touches.
 */
export const loadSamples = async (
  databaseUrl: string,
  { citizenMobile, certificateId }: { citizenMobile: string; certificateId: string },
): Promise<TSamples> => {
  const db = createPrismaClient(databaseUrl, 1);
  try {
    const tenant = required(await db.tenant.findUnique({ where: { slug: DEMO_TENANT_SLUG } }), "demo tenant");
    const inTenant = { where: { tenantId: tenant.id }, orderBy: { createdAt: "asc" as const } };
    const facilityAdmin = required(
      await db.user.findUnique({ where: { email: demoCredentials.facilityAdmin.email } }),
      "facility admin",
    );
    const vaccinator = required(
      await db.user.findUnique({ where: { email: demoCredentials.vaccinators[0].email } }),
      "vaccinator",
    );
    const certificate = required(await db.certificate.findUnique({ where: { certificateId } }), "citizen certificate");
    const apiClient = required(
      await db.apiClient.findUnique({ where: { tokenPrefix: demoCredentials.apiClient.prefix } }),
      "demo API client",
    );
    const transaction =
      (await db.certifyTransaction.findFirst({ where: { apiClientId: apiClient.id }, select: { id: true } })) ??
      (await db.certifyTransaction.create({
        data: {
          tenantId: tenant.id,
          apiClientId: apiClient.id,
          actorLabel: "route matrix",
          requestHash: "route-matrix",
          requests: [],
          status: "FAILED",
          errors: [{ path: "0", message: "A sample for the route matrix" }],
          finishedAt: new Date(),
        },
        select: { id: true },
      }));
    const activeKey = (use: "EU_DCC" | "SHC") =>
      db.signingKey.findFirst({
        where: { tenantId: tenant.id, use, status: "ACTIVE" },
        select: { kid: true, certificatePem: true },
      });
    const dsc = required((await activeKey("EU_DCC"))?.certificatePem, "active DCC document signer's certificate");
    const [dscEntry] = await dscList({ certificates: [dsc] });
    const shcKey = required(await activeKey("SHC"), "active SMART Health Card key");
    const tenantAdmin = required(
      await db.user.findUnique({ where: { email: demoCredentials.tenantAdmin.email } }),
      "tenant admin",
    );
    // The demo data has no bulk upload; an empty finished one lets the reads answer 200.
    const bulkUpload =
      (await db.bulkUpload.findFirst({ where: { tenantId: tenant.id }, orderBy: { createdAt: "asc" } })) ??
      (await db.bulkUpload.create({
        data: {
          tenantId: tenant.id,
          uploadedById: tenantAdmin.id,
          kind: "facilities",
          fileName: "route-matrix.csv",
          columns: ["code", "name", "addressLine", "country", "category"],
          status: "DONE",
          finishedAt: new Date(),
        },
      }));
    // Nor a trusted issuer; one entered by hand lets the trust reads answer 200.
    const trustedIssuer =
      (await db.trustedIssuer.findFirst({ where: { tenantId: tenant.id }, orderBy: { createdAt: "asc" } })) ??
      (await db.trustedIssuer.create({
        data: {
          tenantId: tenant.id,
          name: "Route matrix issuer",
          ids: ["did:web:route-matrix.example"],
          keys: [{ publicKeyMultibase: "z6MkjLrk3gKS2nnkeWcmcxiZPGskmesDpuwRBorgHxUXfxnG" }],
          changedBy: "route matrix",
        },
      }));
    // Nor a credential schema; one published version lets the schema reads and its served context answer 200.
    const schema =
      (await db.credentialSchema.findFirst({ where: { tenantId: tenant.id }, orderBy: { createdAt: "asc" } })) ??
      (await db.credentialSchema.create({
        data: {
          tenantId: tenant.id,
          name: "route-matrix",
          title: "Route matrix schema",
          versions: {
            create: {
              version: 1,
              credentialType: "RouteMatrixCredential",
              subjectSchema: { type: "object", properties: { name: { type: "string" } } },
              qrFields: [],
              verifierFields: [],
            },
          },
        },
      }));
    // Nor a certificate template; one with its version 1 lets the template reads answer 200.
    const template =
      (await db.certificateTemplate.findFirst({ where: { tenantId: tenant.id }, orderBy: { createdAt: "asc" } })) ??
      (await db.certificateTemplate.create({
        data: {
          tenantId: tenant.id,
          name: "Route matrix template",
          versions: { create: { version: 1, settings: {}, createdBy: "route matrix" } },
        },
      }));
    return {
      tenantId: tenant.id,
      tenantSlug: tenant.slug,
      programmeId: required(await db.programme.findFirst(inTenant), "programme").id,
      vaccineId: required(await db.vaccine.findFirst(inTenant), "vaccine").id,
      facilityId: required(facilityAdmin.facilityId, "facility of the facility admin"),
      userId: vaccinator.id,
      apiClientId: apiClient.id,
      certificateId,
      recipientId: certificate.recipientId,
      citizenMobile,
      statusPurpose: "revocation",
      statusListNumber: String(required(certificate.statusListNumber, "status list of the citizen certificate")),
      nextAuthAction: "session",
      // Kids are base64; a path carries them as base64url.
      dccKid: required(dscEntry, "DSC kid").kid.replace(/\+/g, "-").replace(/\//g, "_"),
      dccPartition: "null",
      dccChunk: "0",
      shcCrlFile: `${shcKey.kid}.json`,
      certifyTransactionId: transaction.id,
      bulkUploadId: bulkUpload.id,
      bulkTemplateFile: "certify.csv",
      trustedIssuerId: trustedIssuer.id,
      schemaId: schema.id,
      schemaName: schema.name,
      schemaVersion: "v1",
      templateId: template.id,
      templateVersion: "1",
    };
  } finally {
    await db.$disconnect();
  }
};
