import type { Gender } from "../generated/prisma/client";

type DemoRecipient = { name: string; dateOfBirth: string; gender: Gender; mobile: string };

// Families share a mobile number, as they do in the field: a citizen signing in sees everyone on it.
const people: DemoRecipient[] = [
  { name: "Ravi Kumar", dateOfBirth: "1978-04-12", gender: "MALE", mobile: "9876500001" },
  { name: "Lakshmi Ravi", dateOfBirth: "1982-09-30", gender: "FEMALE", mobile: "9876500001" },
  { name: "Arjun Ravi", dateOfBirth: "2012-01-18", gender: "MALE", mobile: "9876500001" },
  { name: "Priya Sharma", dateOfBirth: "1990-06-05", gender: "FEMALE", mobile: "9876500002" },
  { name: "Mohammed Irfan", dateOfBirth: "1969-11-23", gender: "MALE", mobile: "9876500003" },
  { name: "Sunita Devi", dateOfBirth: "1955-02-14", gender: "FEMALE", mobile: "9876500004" },
  { name: "Anil Gowda", dateOfBirth: "1987-07-07", gender: "MALE", mobile: "9876500005" },
  { name: "Kavya Gowda", dateOfBirth: "2016-03-29", gender: "FEMALE", mobile: "9876500005" },
  { name: "Deepak Nair", dateOfBirth: "1993-12-01", gender: "MALE", mobile: "9876500006" },
  { name: "Fatima Begum", dateOfBirth: "1974-08-19", gender: "FEMALE", mobile: "9876500007" },
  { name: "Suresh Patil", dateOfBirth: "1961-05-25", gender: "MALE", mobile: "9876500008" },
  { name: "Ananya Iyer", dateOfBirth: "2001-10-10", gender: "FEMALE", mobile: "9876500009" },
  { name: "Rahul Verma", dateOfBirth: "1995-01-03", gender: "MALE", mobile: "9876500010" },
  { name: "Geeta Hegde", dateOfBirth: "1948-09-09", gender: "FEMALE", mobile: "9876500011" },
  { name: "Imran Shaikh", dateOfBirth: "1984-04-04", gender: "MALE", mobile: "9876500012" },
  { name: "Neha Joshi", dateOfBirth: "1998-02-28", gender: "FEMALE", mobile: "9876500013" },
  { name: "Karthik Reddy", dateOfBirth: "1979-06-16", gender: "MALE", mobile: "9876500014" },
  { name: "Alex Fernandes", dateOfBirth: "1989-12-24", gender: "OTHER", mobile: "9876500015" },
  { name: "Pooja Menon", dateOfBirth: "2010-07-21", gender: "FEMALE", mobile: "9876500016" },
  { name: "Venkatesh Rao", dateOfBirth: "1958-03-11", gender: "MALE", mobile: "9876500017" },
];

/** Twenty demo recipients with Aadhaar-style identity numbers. */
export const demoRecipients = people.map((person, index) => ({
  ...person,
  dateOfBirth: new Date(`${person.dateOfBirth}T00:00:00Z`),
  nationality: "IN",
  identityType: "AADHAAR",
  identityNumber: `9999${String(10000000 + index * 7919).padStart(8, "0")}`,
  country: "IN",
  state: "Karnataka",
}));
