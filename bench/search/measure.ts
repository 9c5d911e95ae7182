// The search measurement, run by index.ts in its own process with DATABASE_URL on the generated campaign.
import { loadavg } from "node:os";
import { searchCertificates } from "@vax/core";
import { prisma } from "@vax/db";
import { actor, dataset } from "../lib/campaign-measurement.ts";
import { measureLatency } from "../lib/latency.ts";

const TARGET_MS = 100;
const VALUES = 20;

const certificates = await prisma.certificate.count({ where: { tenantId: dataset.tenantId } });

// Values spread over the whole table (every n-th row by id), as admins would look up anyone.
const sample = async (column: "mobile" | "name" | "certificateId") => {
  const table = column === "certificateId" ? "Certificate" : "Recipient";
  const rows = await prisma.$queryRawUnsafe<{ value: string }[]>(
    `SELECT "${column}" AS "value" FROM (
       SELECT "${column}", row_number() OVER (ORDER BY "id") AS "n" FROM "${table}" WHERE "tenantId" = $1
     ) AS "numbered" WHERE "n" % $2 = 0 LIMIT ${VALUES}`,
    dataset.tenantId,
    Math.floor((column === "certificateId" ? certificates : dataset.recipients) / VALUES),
  );
  return rows.map(({ value }) => value);
};
const names = await sample("name");
const searches = {
  mobile: await sample("mobile"),
  id: await sample("certificateId"),
  name: names,
  // A first name alone matches tens of thousands: the page is the newest 20 and the count stops at its cap.
  "first name": names.map((name) => name.split(" ")[0] ?? name),
};
const search = (q: string) => searchCertificates({ actor, query: { q, page: 1, pageSize: 20 } });

// Where the time goes when a search misses: the plan of the statement that finds the page, for one value.
const explain = async (q: string) => {
  const { searchedBy, total } = await search(q);
  console.error(
    `search: "${q}" read as ${searchedBy.join(", ")}, ${total} found; set DEBUG=prisma:query to see the SQL`,
  );
  const statement = searchedBy.includes("name")
    ? `SELECT k."certificateId" FROM "CertificateNameKey" k
       WHERE k."tenantId" = $1 AND k."key" ^@ "vax_name_prefix"($2)
       GROUP BY k."certificateId", k."issuedAt" ORDER BY k."issuedAt" DESC, k."certificateId" DESC LIMIT 20`
    : searchedBy.includes("mobile")
      ? `SELECT c."id" FROM "Certificate" c WHERE c."tenantId" = $1 AND c."recipientId" IN (
           SELECT r."id" FROM "Recipient" r WHERE r."mobile" = $2) ORDER BY c."issuedAt" DESC, c."id" DESC LIMIT 20`
      : null;
  if (!statement) return;
  const plan = await prisma.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
    `EXPLAIN (ANALYZE, BUFFERS) ${statement}`,
    dataset.tenantId,
    q,
  );
  console.error(plan.map((row) => row["QUERY PLAN"]).join("\n"));
};

let worst = 0;
for (const [by, values] of Object.entries(searches)) {
  const { p50Ms, p95Ms } = await measureLatency(values, search, { samples: 100 });
  worst = Math.max(worst, p95Ms);
  console.error(`search: by ${by}, p50 ${p50Ms} ms`);
  console.log(JSON.stringify({ bench: "search", certificates, by, p95Ms }));
  if (p95Ms >= TARGET_MS && values[0]) await explain(values[0]);
}
console.log(JSON.stringify({ bench: "search", certificates, p95Ms: worst }));
// The machine's load beside the figures: on a shared machine a busy minute multiplies every latency.
console.error(
  `search: load average ${loadavg()
    .map((load) => load.toFixed(1))
    .join(", ")} (1, 5, 15 min)`,
);
await prisma.$disconnect();
