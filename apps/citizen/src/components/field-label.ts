import type { TCorrectableField } from "@vax/core/schemas";

type TTranslate = (key: string) => string;

/** A correctable detail of a certificate as the citizen reads it, in their language. */
export const fieldLabel = (t: TTranslate, field: TCorrectableField | string): string => {
  switch (field) {
    case "name":
      return t("Field.name");
    case "dateOfBirth":
      return t("Field.dateOfBirth");
    case "gender":
      return t("Field.gender");
    case "nationality":
      return t("Field.nationality");
    case "identityType":
      return t("Field.identityType");
    case "identityNumber":
      return t("Field.identityNumber");
    case "address":
      return t("Field.address");
    case "vaccine":
      return t("Field.vaccine");
    case "batch":
      return t("Field.batch");
    case "vaccinationDate":
      return t("Field.vaccinationDate");
    case "facility":
      return t("Field.facility");
    default:
      return field;
  }
};
