import { getStatus } from "@vax/credentials/status";
import type { StatusFinding, StatusLookup } from "@vax/credentials/verify";
import { prisma } from "@vax/db";
import { publicBaseUrl } from "./issuer-urls";
import { findStatusList } from "./status-list-credential";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Answers revocation and suspension from the platform's own status lists in the database, for
 * credentials whose status entry points at one of them; any other list is not covered (undefined). A set bit
 * is explained from the certificate's record: superseded by a newer version, or suspended until when.
 */
export const platformStatusLookup = (): StatusLookup => {
  const ours = new RegExp(`^${escapeRegExp(publicBaseUrl())}/tenants/([^/]+)/status/(revocation|suspension)/(\\d+)$`);
  return async ({ format, entry }): Promise<StatusFinding | undefined> => {
    if (format !== "w3c" || !entry) return undefined;
    const match = ours.exec(String(entry.statusListCredential));
    const index = Number(entry.statusListIndex);
    if (!match || !Number.isSafeInteger(index) || index < 0) return undefined;
    const [, slug = "", purpose = "", number = ""] = match;
    const list = await findStatusList({
      slug: decodeURIComponent(slug),
      purpose: purpose === "revocation" ? "REVOCATION" : "SUSPENSION",
      number: Number(number),
    });
    if (!list || index >= list.size) return undefined;
    if (!getStatus({ size: list.size, bytes: new Uint8Array(list.bits) }, index)) return { set: false };
    const certificate = await prisma.certificate.findUnique({
      where: {
        tenantId_statusListNumber_statusListIndex: {
          tenantId: list.tenantId,
          statusListNumber: Number(number),
          statusListIndex: index,
        },
      },
      select: { status: true, suspendedUntil: true },
    });
    return {
      set: true,
      ...(purpose === "revocation" && certificate?.status === "SUPERSEDED" ? { superseded: true } : {}),
      ...(purpose === "suspension" && certificate?.status === "SUSPENDED" && certificate.suspendedUntil
        ? { until: certificate.suspendedUntil.toISOString() }
        : {}),
    };
  };
};
