import type { Database } from "@vax/db";
import { forEachChunk, sqlText, uuid7Sql, uuidText } from "./sql.ts";

const MALE_NAMES =
  `Aarav Vivaan Aditya Vihaan Arjun Sai Reyansh Ayaan Krishna Ishaan Shaurya Atharv Advik Pranav Advait Dhruv
Kabir Ritvik Aarush Kiaan Darsh Veer Rudra Arnav Yash Rohan Rahul Amit Sanjay Vikram Suresh Ramesh Mahesh Anil Sunil Imran`
    .split(/\s+/)
    .filter(Boolean);
const FEMALE_NAMES =
  `Ananya Diya Aadhya Saanvi Pari Anika Navya Ira Myra Sara Aarohi Kavya Riya Priya Pooja Neha Sneha Anjali
Divya Meera Lakshmi Sunita Geeta Radha Sita Kamala Asha Usha Rekha Nisha Shreya Tanvi Ishita Kiara Avni Fatima Ayesha`
    .split(/\s+/)
    .filter(Boolean);
const LAST_NAMES =
  `Sharma Verma Gupta Singh Kumar Patel Shah Mehta Joshi Desai Reddy Rao Naidu Iyer Iyengar Nair Menon Pillai
Das Bose Ghosh Chatterjee Banerjee Mukherjee Sen Roy Dutta Chowdhury Khan Ansari Qureshi Siddiqui Mishra Pandey Tiwari
Dubey Yadav Chauhan Rathore Thakur Jain Agarwal Bansal Goyal Mittal Kapoor Malhotra Khanna Chopra Arora Bhatia Sethi
Gill Sandhu Dhillon Grewal Kulkarni Patil Jadhav Pawar`
    .split(/\s+/)
    .filter(Boolean);

/**
 * Inserts recipients 1..`recipients`, each living in the district of the facility (`bench_facility`) that
 * vaccinates them, with a name, birth date, Aadhaar number and mobile derived from their number.
 */
export const insertCampaignRecipients = (
  db: Database,
  {
    tenantId: t,
    recipients,
    facilities,
    start,
  }: { tenantId: string; recipients: number; facilities: number; start: Date },
) =>
  forEachChunk(recipients, async (from, to) => {
    await db.$executeRawUnsafe(`
      INSERT INTO "Recipient" ("id", "tenantId", "name", "dateOfBirth", "gender", "nationality", "identityType",
        "identityNumber", "mobile", "district", "state", "country", "createdAt", "updatedAt")
      SELECT ${uuidText(uuid7Sql(`'${start.toISOString()}'::timestamp`, 2, "k"))}, '${t}',
        CASE WHEN k % 2 = 0 THEN (${sqlText(MALE_NAMES)})[1 + (k * 7) % ${MALE_NAMES.length}]
          ELSE (${sqlText(FEMALE_NAMES)})[1 + (k * 7) % ${FEMALE_NAMES.length}] END
          || ' ' || (${sqlText(LAST_NAMES)})[1 + (k * 13) % ${LAST_NAMES.length}],
        DATE '1950-01-01' + (k * 37) % 20000, (ARRAY['MALE','FEMALE']::"Gender"[])[1 + k % 2], 'Indian', 'AADHAAR',
        '2' || lpad(k::text, 11, '0'), (9000000000 + k / 2)::text, f."district", f."state", 'IN', now(), now()
      FROM generate_series(${from}, ${to}) AS k
      JOIN "bench_facility" f ON f."n" = (k::bigint * 7919) % ${facilities}`);
  });
