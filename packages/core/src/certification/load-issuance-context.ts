import { prisma } from "@vax/db";
import { certificateViewInclude } from "./certificate-view";
import type { TDoseRequest } from "./dose-request";

const unique = <T>(values: T[]): T[] => [...new Set(values)];

/** The identity key a recipient is matched on within a tenant. */
export const identityKey = (identityType: string, identityNumber: string): string =>
  `${identityType}\u0000${identityNumber}`;

const priorEventInclude = {
  vaccine: true,
  facility: true,
  certificates: { where: { currentSlot: { not: null } }, include: certificateViewInclude },
} as const;

/**
 * Reads, in a handful of queries whatever the batch size, everything the dose rules and the
 * credentials need: the programmes, vaccines and facilities named, the events already recorded
 * under the requests' keys, the recipients, and their earlier doses in those programmes.
 */
export const loadIssuanceContext = async (tenantId: string, requests: TDoseRequest[]) => {
  const programmeIds = unique(requests.map((request) => request.programmeId));
  const recipientIds = unique(requests.flatMap((request) => ("id" in request.recipient ? [request.recipient.id] : [])));
  const identities = requests.flatMap((request) => ("details" in request.recipient ? [request.recipient.details] : []));
  const [programmes, vaccines, facilities, keyed, byId, byIdentity] = await Promise.all([
    prisma.programme.findMany({
      where: { tenantId, id: { in: programmeIds } },
      include: { vaccines: { select: { id: true, name: true, active: true } } },
    }),
    prisma.vaccine.findMany({ where: { tenantId, id: { in: unique(requests.map((request) => request.vaccineId)) } } }),
    prisma.facility.findMany({
      where: { tenantId, id: { in: unique(requests.map((request) => request.facilityId)) } },
      include: { programmes: { select: { id: true } } },
    }),
    prisma.vaccinationEvent.findMany({
      where: { tenantId, idempotencyKey: { in: requests.map((request) => request.idempotencyKey) } },
      include: { certificates: { where: { currentSlot: { not: null } }, include: certificateViewInclude } },
    }),
    recipientIds.length ? prisma.recipient.findMany({ where: { tenantId, id: { in: recipientIds } } }) : [],
    identities.length
      ? prisma.recipient.findMany({
          where: { tenantId, identityNumber: { in: unique(identities.map((details) => details.identityNumber)) } },
        })
      : [],
  ]);
  const recipients = [...byId, ...byIdentity];
  const priorEvents = recipients.length
    ? await prisma.vaccinationEvent.findMany({
        where: {
          tenantId,
          recipientId: { in: unique(recipients.map(({ id }) => id)) },
          programmeId: { in: programmeIds },
        },
        include: priorEventInclude,
        orderBy: { dose: "asc" },
      })
    : [];
  return {
    programmes: new Map(programmes.map((programme) => [programme.id, programme])),
    vaccines: new Map(vaccines.map((vaccine) => [vaccine.id, vaccine])),
    facilities: new Map(facilities.map((facility) => [facility.id, facility])),
    eventsByKey: new Map(keyed.map((event) => [event.idempotencyKey, event])),
    recipientsById: new Map(recipients.map((recipient) => [recipient.id, recipient])),
    recipientsByIdentity: new Map(
      recipients.map((recipient) => [identityKey(recipient.identityType, recipient.identityNumber), recipient]),
    ),
    priorEvents,
  };
};

/** What {@link loadIssuanceContext} reads. */
export type TIssuanceContext = Awaited<ReturnType<typeof loadIssuanceContext>>;

/** One earlier dose of a recipient, with its vaccine, facility and current certificate. */
export type TPriorEvent = TIssuanceContext["priorEvents"][number];
