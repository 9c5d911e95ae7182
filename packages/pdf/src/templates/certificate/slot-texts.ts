import { formatCalendarDate } from "@vax/config/i18n";
import type { TCertificateDose, TCheckedCertificateDocument } from "../../certificate-document.ts";
import type { TTemplateBlock, TTemplateBlockOf } from "../../settings/template-blocks.ts";
import { INK, type TSizes } from "./styles.ts";

/** How a holder's value is set: one style per slot, so a stamped value is drawn exactly as the template draws it. */
export type TValueStyle = {
  fontSize: number;
  fontWeight: 400 | 700;
  color: string;
  letterSpacing?: number;
  lineHeight?: number;
  textAlign?: "left" | "right";
};

/** One value the certificate prints in a place of its own (a slot): the holder's name, a dose's date, the id... */
export type TSlotText = { text: string; style: TValueStyle };

/** The event field keys a dose has, in the order the default template prints them. */
export const DOSE_FIELDS = ["dose", "vaccine", "manufacturer", "batch", "date", "facility"] as const;
/** One column a dose row can show. */
export type TDoseField = (typeof DOSE_FIELDS)[number];

const isDoseField = (key: string): key is TDoseField => (DOSE_FIELDS as readonly string[]).includes(key);

/** The columns and other event fields an event block prints for this document, in the template's order. */
export const eventContent = (document: TCheckedCertificateDocument, block: TTemplateBlockOf<"event">) => {
  const doseFields = block.fields ? block.fields.filter(isDoseField) : DOSE_FIELDS;
  const eventFields = block.fields
    ? block.fields.flatMap((key) => document.eventFields.filter((field) => field.key === key))
    : document.eventFields;
  const showDoses = document.doses.length > 0 && doseFields.length > 0;
  // The manufacturer prints under the vaccine when both show.
  const nested = doseFields.includes("vaccine") && doseFields.includes("manufacturer");
  const columns = showDoses ? doseFields.filter((field) => !(nested && field === "manufacturer")) : [];
  return { showDoses, columns, nested, eventFields };
};

const dosePrinted = (dose: TCertificateDose, field: TDoseField): string | undefined => {
  if (field === "dose") return `${dose.doseNumber} of ${dose.totalDoses}`;
  if (field === "date") return formatCalendarDate(dose.date, "en");
  return dose[field];
};

/** Slot names, shared by the template that draws a slot and the stamp that fills it. */
export const SLOT = {
  holder: (field: string) => `holder.${field}`,
  dose: (index: number, field: TDoseField) => `dose.${index}.${field}`,
  event: (key: string) => `event.${key}`,
  certificateId: "certificateId",
  issuedOn: "issuedOn",
  footerId: "footer.certificateId",
} as const;

/** The QR picture's slot. */
export const QR_SLOT = "qr";

/**
 * Every value of this certificate that differs from one holder to the next, by slot, with the style it prints in.
 * The template takes its values from here, so what it draws and what a stamp fills in are the same text.
 */
export const certificateSlotTexts = (
  document: TCheckedCertificateDocument,
  blocks: TTemplateBlock[],
  sizes: TSizes,
): Map<string, TSlotText> => {
  const texts = new Map<string, TSlotText>();
  const put = (slot: string, text: string | undefined, style: Partial<TValueStyle>) => {
    if (text) texts.set(slot, { text, style: { fontSize: sizes.body, fontWeight: 400, color: INK.text, ...style } });
  };
  const field = (slot: string, text: string | undefined, bold = false, large = false) =>
    put(slot, text, { fontSize: large ? sizes.name : sizes.value, fontWeight: bold ? 700 : 400 });
  const { recipient } = document;
  // Dates print as the apps show them: a calendar date as written, a moment as the day it was in the issuer's zone.
  const date = (value: string) => formatCalendarDate(value, "en", document.timeZone);
  const holder = blocks.find((block): block is TTemplateBlockOf<"holder"> => block.type === "holder");
  for (const key of holder?.fields ?? []) {
    if (key === "name") field(SLOT.holder(key), recipient.name, true, true);
    else if (key === "birthDate")
      field(
        SLOT.holder(key),
        recipient.birthDate
          ? date(recipient.birthDate)
          : recipient.age === undefined
            ? undefined
            : `${recipient.age} years`,
      );
    else field(SLOT.holder(key), recipient[key]);
  }
  const event = blocks.find((block): block is TTemplateBlockOf<"event"> => block.type === "event");
  if (event) {
    const { columns, nested, eventFields } = eventContent(document, event);
    document.doses.forEach((dose, index) => {
      for (const column of columns) {
        const strong = column === "dose" || column === "vaccine";
        put(SLOT.dose(index, column), dosePrinted(dose, column), { fontWeight: strong ? 700 : 400 });
      }
      if (nested) {
        put(SLOT.dose(index, "manufacturer"), dose.manufacturer, { fontSize: sizes.small, color: INK.muted });
      }
    });
    for (const each of eventFields) {
      field(SLOT.event(each.key), each.kind === "date" ? date(each.value) : each.value, each.key === "result");
    }
  }
  put(SLOT.certificateId, document.certificateId, {
    fontSize: sizes.certificateId,
    fontWeight: 700,
    letterSpacing: 1.2,
    lineHeight: 1.2,
  });
  put(SLOT.issuedOn, date(document.issuedAt), { fontSize: sizes.value, textAlign: "right" });
  put(SLOT.footerId, document.certificateId, { fontSize: sizes.small, color: INK.muted, textAlign: "right" });
  return texts;
};
