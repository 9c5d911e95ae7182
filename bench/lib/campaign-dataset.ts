// A national campaign's worth of rows in one tenant, made fast enough to bench reads at a million doses: programmes
// and vaccines as the demo has them, facilities across districts, recipients, recorded doses with their W3C
// certificates and status-list slots, revocations (their bits set), corrections (a second version superseding the
// first) and citizens' feedback. Everything is written set-based (INSERT … SELECT over generate_series), a chunk of
// doses per statement; ./campaign/ holds one file per group of tables, this one runs them in order. The certificates
// are NOT signed: their `payload` has the real credential's shape (contexts, subject, dose, status entries, a
// DataIntegrityProof whose proofValue is filler) and `nativeQr` is filler text of a real QR's length, which is enough
// for the read benches (search, analytics) this is for; nothing here verifies.
import type { Database } from "@vax/db";
import { createCampaignCatalogue } from "./campaign/catalogue.ts";
import { insertCampaignCertificates } from "./campaign/certificates.ts";
import { planCampaignDoses } from "./campaign/dose-plan.ts";
import { insertCampaignFacilities } from "./campaign/facilities.ts";
import { insertCampaignFeedback } from "./campaign/feedback.ts";
import { insertCampaignRecipients } from "./campaign/recipients.ts";
import { correctCampaignCertificates, revokeCampaignCertificates } from "./campaign/revocations.ts";
import { DAY_MS } from "./campaign/sql.ts";
import { writeCampaignStatusLists } from "./campaign/status-lists.ts";

/** The shape of the campaign to generate; every figure has a default that makes a million doses. */
export type CampaignDatasetOptions = {
  /** Recorded doses (each with its certificate); about 5 in 9 are first doses, the rest second ones. */
  doses?: number;
  facilities?: number;
  districts?: number;
  /** How many days back from `now` the campaign ran. */
  days?: number;
  /** Share of certificates revoked, and of certificates corrected (a second version issued). */
  revokedShare?: number;
  correctedShare?: number;
  /** Share of certificates their holder gave feedback on. */
  feedbackShare?: number;
  now?: Date;
  /** Reports progress (one line per step) so a long run shows where it is. */
  log?: (line: string) => void;
};

/** What was generated, for a bench to query with. */
export type TCampaignDataset = {
  tenantId: string;
  slug: string;
  programmeIds: string[];
  doses: number;
  certificates: number;
  recipients: number;
  from: string;
  to: string;
};

/**
 * Generates a campaign in a new tenant of the database the client is on, and ANALYZEs it so the
 * planner sees its real sizes. The client must hold one connection (`createPrismaClient(url, 1)`):
 * the plan of doses lives in temporary tables of that session.
 */
export const generateCampaignDataset = async (
  db: Database,
  {
    doses = 1_000_000,
    facilities = 1_000,
    districts = 50,
    days = 180,
    revokedShare = 0.01,
    correctedShare = 0.005,
    feedbackShare = 0.05,
    now = new Date(),
    log = () => {},
  }: CampaignDatasetOptions = {},
): Promise<TCampaignDataset> => {
  const started = performance.now();
  const step = (what: string) => log(`dataset: ${what} (${Math.round((performance.now() - started) / 1000)} s)`);
  const catalogue = await createCampaignCatalogue(db, `campaign-${now.getTime().toString(36)}`);
  const { tenantId, slug } = catalogue;
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - days * DAY_MS);

  await insertCampaignFacilities(db, { tenantId, facilities, districts });
  step(`${facilities} facilities in ${districts} districts`);
  const recipients = Math.ceil((doses * 5) / 9);
  await insertCampaignRecipients(db, { tenantId, recipients, facilities, start });
  step(`${recipients} recipients`);
  await planCampaignDoses(db, { tenantId, doses, recipients, days, start });
  step("dose plan");
  await insertCampaignCertificates(db, catalogue, { doses, facilities, step });
  await revokeCampaignCertificates(db, { tenantId, revokedShare, now });
  step("revocations");
  const corrected = await correctCampaignCertificates(db, { tenantId, doses, correctedShare });
  step(`${corrected} corrections`);
  const certificates = doses + corrected;
  const lists = await writeCampaignStatusLists(db, { tenantId, certificates });
  step(`${lists} status list pairs`);
  await insertCampaignFeedback(db, { tenantId, feedbackShare, now });
  step("feedback");
  for (const table of ["Recipient", "VaccinationEvent", "Certificate", "Feedback", "Facility", "StatusList"]) {
    await db.$executeRawUnsafe(`ANALYZE "${table}"`);
  }
  step("analyzed");
  return {
    tenantId,
    slug,
    programmeIds: [catalogue.covidProgrammeId, catalogue.mrProgrammeId],
    doses,
    certificates,
    recipients,
    from: start.toISOString().slice(0, 10),
    to: new Date(now.getTime() - DAY_MS).toISOString().slice(0, 10),
  };
};
