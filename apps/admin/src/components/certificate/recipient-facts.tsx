import type { TCertificateRecipient } from "@vax/core";
import { formatDay, genderLabels } from "./certificate-labels";
import { Facts, Section } from "./section";

const yearsSince = (day: string, now: Date) => {
  const born = new Date(`${day}T00:00:00Z`);
  const beforeBirthday =
    now.getUTCMonth() < born.getUTCMonth() ||
    (now.getUTCMonth() === born.getUTCMonth() && now.getUTCDate() < born.getUTCDate());
  return now.getUTCFullYear() - born.getUTCFullYear() - (beforeBirthday ? 1 : 0);
};

const birth = (recipient: TCertificateRecipient) => {
  if (recipient.dateOfBirth) {
    return `${formatDay(recipient.dateOfBirth)} (${yearsSince(recipient.dateOfBirth, new Date())} years)`;
  }
  return recipient.age === null ? "—" : `Age ${recipient.age} (date of birth not known)`;
};

/** The person the certificate was issued to. */
export const RecipientFacts = ({ recipient }: { recipient: TCertificateRecipient }) => (
  <Section id="certificate-recipient" title="Recipient">
    <Facts
      items={[
        { label: "Name", value: recipient.name },
        { label: "Date of birth", value: birth(recipient) },
        { label: "Gender", value: genderLabels[recipient.gender] },
        { label: "Identity", value: recipient.identity },
        { label: "Mobile", value: recipient.mobile },
      ]}
    />
  </Section>
);
