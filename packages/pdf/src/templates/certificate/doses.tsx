/** @jsxRuntime automatic */
import { View } from "@react-pdf/renderer";
import type { TCertificateDose } from "../../certificate-document.ts";
import { formatCertificateDate } from "../../format-date.ts";
import { Label } from "./bilingual.tsx";
import { useLook } from "./certificate-context.ts";
import { PlainText } from "./plain-text.tsx";
import { INK, styles } from "./styles.ts";

/** The event field keys a dose has, in the order the default template prints them. */
export const DOSE_FIELDS = ["dose", "vaccine", "manufacturer", "batch", "date", "facility"] as const;
type TDoseField = (typeof DOSE_FIELDS)[number];

// Relative column widths; the manufacturer prints under the vaccine when both show.
const WEIGHT: Record<TDoseField, number> = {
  dose: 13,
  vaccine: 26,
  manufacturer: 22,
  batch: 16,
  date: 17,
  facility: 28,
};

const printed = (dose: TCertificateDose, field: TDoseField): string | undefined => {
  if (field === "dose") return `${dose.doseNumber} of ${dose.totalDoses}`;
  if (field === "date") return formatCertificateDate(dose.date);
  return dose[field];
};

/** One row per dose given, in the order given, with the columns the template shows. */
export const Doses = ({ doses, fields }: { doses: TCertificateDose[]; fields: readonly TDoseField[] }) => {
  const { words, accent, sizes } = useLook();
  const nested = fields.includes("vaccine") && fields.includes("manufacturer");
  const columns = fields.filter((field) => !(nested && field === "manufacturer"));
  const total = columns.reduce((sum, field) => sum + WEIGHT[field], 0);
  const cell = (field: TDoseField) => ({ width: `${(WEIGHT[field] * 100) / total}%`, paddingRight: 6 });
  return (
    <View>
      <View style={{ flexDirection: "row", borderBottomWidth: 1.2, borderBottomColor: accent, paddingBottom: 3 }}>
        {columns.map((field) => (
          <Label key={field} text={words.field(field)} style={cell(field)} />
        ))}
      </View>
      {doses.map((dose) => (
        <View
          key={`${dose.doseNumber}-${dose.date}`}
          wrap={false}
          style={{
            flexDirection: "row",
            paddingVertical: sizes.gap * 0.5,
            borderBottomWidth: 0.75,
            borderBottomColor: INK.rule,
          }}
        >
          {columns.map((field) => (
            <View key={field} style={cell(field)}>
              <PlainText
                style={[{ fontSize: sizes.body }, field === "dose" || field === "vaccine" ? styles.strong : {}]}
              >
                {printed(dose, field)}
              </PlainText>
              {nested && field === "vaccine" && dose.manufacturer ? (
                <PlainText style={{ fontSize: sizes.small, color: INK.muted }}>{dose.manufacturer}</PlainText>
              ) : null}
            </View>
          ))}
        </View>
      ))}
    </View>
  );
};
