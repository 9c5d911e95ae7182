import Papa from "papaparse";
import type { TAnalyticsQuery, TAnalyticsTable } from "../schemas/analytics";
import type { TActor } from "../shared/actor";
import { analyticsRange } from "./analytics-range";
import { countDosesByDay } from "./count-doses-by-day";
import { countDosesByDistrict } from "./count-doses-by-district";
import { countDosesByFacility } from "./count-doses-by-facility";
import { countDosesByVaccine } from "./count-doses-by-vaccine";
import { countFeedbackRatings } from "./count-feedback-ratings";

/** A dashboard table as a CSV file. */
export type TAnalyticsCsv = { fileName: string; csv: string };

/** Options for {@link exportAnalyticsCsv}. */
export type ExportAnalyticsCsvOptions = { actor: TActor; query: TAnalyticsQuery; table: TAnalyticsTable; now?: Date };

type TTable = { fields: string[]; rows: () => Promise<unknown[][]> };

const tableOf = (table: TAnalyticsTable, options: Omit<ExportAnalyticsCsvOptions, "table">): TTable => {
  switch (table) {
    case "days":
      return {
        fields: ["day", "doses", "certificates", "corrections", "revocations"],
        rows: async () =>
          (await countDosesByDay(options)).map((d) => [d.day, d.doses, d.certificates, d.corrections, d.revocations]),
      };
    case "facilities":
      return {
        fields: ["facility_id", "facility", "district", "doses", "certificates"],
        rows: async () =>
          (await countDosesByFacility(options)).map((f) => [
            f.facilityId,
            f.facilityName,
            f.district,
            f.doses,
            f.certificates,
          ]),
      };
    case "districts":
      return {
        fields: ["district", "facilities", "doses", "certificates"],
        rows: async () =>
          (await countDosesByDistrict(options)).map((d) => [d.district, d.facilities, d.doses, d.certificates]),
      };
    case "vaccines":
      return {
        fields: ["vaccine_id", "vaccine", "dose", "doses", "certificates"],
        rows: async () =>
          (await countDosesByVaccine(options)).map((v) => [
            v.vaccineId,
            v.vaccineName,
            v.dose,
            v.doses,
            v.certificates,
          ]),
      };
    case "ratings":
      return {
        fields: ["rating", "count"],
        rows: async () => (await countFeedbackRatings(options)).map((r) => [r.rating, r.count]),
      };
  }
};

/**
 * One dashboard table, with the same filters, as CSV (a header row, CRLF lines). Cells a
 * spreadsheet would run as a formula (facility names are typed by people) are escaped.
 */
export const exportAnalyticsCsv = async ({
  table,
  now = new Date(),
  ...options
}: ExportAnalyticsCsvOptions): Promise<TAnalyticsCsv> => {
  const { fields, rows } = tableOf(table, { ...options, now });
  const { from, to } = analyticsRange(options.query, now);
  const csv = Papa.unparse({ fields, data: await rows() }, { escapeFormulae: true, newline: "\r\n" });
  return { fileName: `analytics-${table}-${from}-to-${to}.csv`, csv: `${csv}\r\n` };
};
