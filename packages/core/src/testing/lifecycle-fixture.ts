import { randomBytes } from "node:crypto";
import { getStatus } from "@vax/credentials/status";
import { prisma, type StatusPurpose } from "@vax/db";
import { certifyBatch } from "../certification/certify-batch";
import type { TActor } from "../shared/actor";
import { apiClientActor } from "./api-client-actor";
import { aadhaar } from "./certificate-family";
import { divocCertificationRequest } from "./divoc-certification-request";
import type { TTenantSetUp } from "./issuance-fixture";

/** Issues `count` dose-1 certificates to new recipients through the certify API, as a new API client of the tenant. */
export const issueCertificates = async (setUp: TTenantSetUp, count: number, client?: TActor) => {
  const actor = client ?? (await apiClientActor(setUp.admin));
  return certifyBatch({
    actor,
    idempotencyKey: null,
    requests: Array.from({ length: count }, () =>
      divocCertificationRequest({
        identity: aadhaar(),
        preEnrollmentCode: `PE-${randomBytes(4).toString("hex")}`,
        vaccination: { name: setUp.catalogue.covishield.name },
        facility: { name: setUp.catalogue.facility.name },
      }),
    ),
  });
};

/** A certificate's bit in its tenant's revocation or suspension list, as stored. */
export const storedStatusBit = async (certificateId: string, purpose: StatusPurpose): Promise<boolean> => {
  const certificate = await prisma.certificate.findUniqueOrThrow({ where: { certificateId } });
  const list = await prisma.statusList.findFirstOrThrow({
    where: { tenantId: certificate.tenantId, number: certificate.statusListNumber as number, purpose },
  });
  return getStatus({ size: list.size, bytes: new Uint8Array(list.bits) }, certificate.statusListIndex as number);
};

/** How many bits of a tenant's list are set. */
export const setBitCount = async (tenantId: string, number: number, purpose: StatusPurpose): Promise<number> => {
  const list = await prisma.statusList.findFirstOrThrow({ where: { tenantId, number, purpose } });
  let count = 0;
  for (const byte of new Uint8Array(list.bits)) for (let bit = byte; bit; bit &= bit - 1) count++;
  return count;
};
