import type { TCertificateRecipient } from "@vax/core";
import { getTranslations } from "next-intl/server";
import { getDateFormatters } from "@/lib/format-date-time-server";
import { certificateLabels } from "./certificate-labels";
import { Facts, Section } from "./section";

type TTranslate = Awaited<ReturnType<typeof getTranslations<"CertificateRecipient">>>;

const yearsSince = (day: string, now: Date) => {
  const born = new Date(`${day}T00:00:00Z`);
  const beforeBirthday =
    now.getUTCMonth() < born.getUTCMonth() ||
    (now.getUTCMonth() === born.getUTCMonth() && now.getUTCDate() < born.getUTCDate());
  return now.getUTCFullYear() - born.getUTCFullYear() - (beforeBirthday ? 1 : 0);
};

const birth = (t: TTranslate, formatDay: (day: string) => string, recipient: TCertificateRecipient) => {
  if (recipient.dateOfBirth) {
    return t("bornOn", {
      date: formatDay(recipient.dateOfBirth),
      years: yearsSince(recipient.dateOfBirth, new Date()),
    });
  }
  return recipient.age === null ? "—" : t("ageOnly", { age: recipient.age });
};

/** The person the certificate was issued to. */
export const RecipientFacts = async ({ recipient }: { recipient: TCertificateRecipient }) => {
  const t = await getTranslations("CertificateRecipient");
  const { day } = await getDateFormatters();
  const labels = await certificateLabels();
  return (
    <Section id="certificate-recipient" title={t("title")}>
      <Facts
        items={[
          { label: t("name"), value: recipient.name },
          { label: t("dateOfBirth"), value: birth(t, day, recipient) },
          { label: t("gender"), value: labels.gender[recipient.gender] },
          { label: t("identity"), value: recipient.identity },
          { label: t("mobile"), value: recipient.mobile },
        ]}
      />
    </Section>
  );
};
