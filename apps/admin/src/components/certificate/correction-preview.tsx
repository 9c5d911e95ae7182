import { useTranslations } from "next-intl";
import { ChangeComparison } from "@/components/change-comparison";
import type { TCredentialChange, TCredentialChanges, TCredentialField } from "@/lib/credential-changes";
import { Section } from "./section";

/** A field the correction changes in the recipient's record but that the certificate does not print. */
export type TRecordOnlyChange = { label: string; after: string };

type TTranslate = ReturnType<typeof useTranslations<"CorrectionPreview">>;

const capitalised = (word: string) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`;

// A field the preview has no words for (a credential of another shape) is shown by its key.
const subjectName = (t: TTranslate, name: string) => {
  const names: Record<string, string> = {
    name: t("subjectName"),
    birthDate: t("subjectBirthDate"),
    gender: t("subjectGender"),
    identifier: t("subjectIdentity"),
  };
  return names[name] ?? name;
};

const doseName = (t: TTranslate, name: string) => {
  const names: Record<string, string> = {
    "vaccine.name": t("doseVaccine"),
    "vaccine.manufacturer.name": t("doseManufacturer"),
    "vaccine.icd11Code": t("doseIcd11Code"),
    "vaccine.atcCode": t("doseAtcCode"),
    "vaccine.productCode": t("doseProductCode"),
    batch: t("doseBatch"),
    date: t("doseDate"),
    doseNumber: t("doseNumber"),
    totalDoses: t("doseTotal"),
    "facility.name": t("doseFacility"),
    "facility.address": t("doseFacilityAddress"),
    "facility.country": t("doseFacilityCountry"),
  };
  return names[name] ?? name;
};

const statusList = (t: TTranslate, purpose: string | null, index: string) => {
  if (purpose === "revocation") return t("revocationList");
  if (purpose === "suspension") return t("suspensionList");
  return purpose ? t("purposeList", { purpose: capitalised(purpose) }) : t("statusListAt", { index });
};

const statusName = (t: TTranslate, name: string) => {
  const names: Record<string, string> = {
    statusListIndex: t("statusIndex"),
    statusListCredential: t("statusList"),
    statusPurpose: t("statusPurpose"),
  };
  return names[name] ?? name;
};

const otherName = (t: TTranslate, name: string) => {
  const names: Record<string, string> = { validFrom: t("validFrom"), validUntil: t("validUntil"), issuer: t("issuer") };
  return names[name] ?? name;
};

/** Where in the credential a change is, in words, such as "Dose 1: batch". */
const fieldLabel = (t: TTranslate, field: TCredentialField) => {
  switch (field.part) {
    case "subject":
      return subjectName(t, field.name);
    case "dose":
      return t("doseField", { dose: field.dose, field: doseName(t, field.name) });
    case "status":
      return t("listField", {
        list: statusList(t, field.purpose, field.index),
        field: statusName(t, field.name),
      });
    default:
      return otherName(t, field.name);
  }
};

// What the new version replaces is struck through: it stops being what the certificate says.
const ChangeTable = ({ caption, rows }: { caption: string; rows: TCredentialChange[] }) => {
  const t = useTranslations("CorrectionPreview");
  return (
    <ChangeComparison
      caption={caption}
      headings={[t("what"), t("now"), t("inNewVersion")]}
      rows={rows.map((row) => {
        const label = fieldLabel(t, row.field);
        return {
          key: label,
          label,
          before: <s className="text-slate-500">{row.before ?? "—"}</s>,
          after: row.after ?? t("leftOut"),
        };
      })}
    />
  );
};

/**
 * What the new version of a certificate will say, against what it says now: the corrected facts,
 * what every new version gets anew, and the record's fields that change without being printed.
 */
export const CorrectionPreview = ({
  changes,
  recordOnly,
}: {
  changes: TCredentialChanges;
  recordOnly: TRecordOnlyChange[];
}) => {
  const t = useTranslations("CorrectionPreview");
  return (
    <Section id="correction-preview" title={t("title")}>
      <div className="flex flex-col gap-4">
        {changes.corrected.length > 0 ? (
          <ChangeTable caption={t("corrected")} rows={changes.corrected} />
        ) : (
          <p className="text-sm text-slate-600">{t("nothingPrintedChanges")}</p>
        )}
        {recordOnly.length > 0 ? (
          <div className="text-sm">
            <p className="font-semibold text-slate-700">{t("recordOnly")}</p>
            <ul className="mt-1 list-inside list-disc text-slate-700">
              {recordOnly.map((change) => (
                <li key={change.label}>
                  {t("recordOnlyChange", { field: change.label, value: change.after || t("emptied") })}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <ChangeTable caption={t("reissued")} rows={changes.reissued} />
      </div>
    </Section>
  );
};
