/** @jsxRuntime automatic */
import { View } from "@react-pdf/renderer";
import type { TCertificateDose } from "../../certificate-document.ts";
import { Label } from "./bilingual.tsx";
import { useLook } from "./certificate-context.ts";
import { SLOT, type TDoseField } from "./slot-texts.ts";
import { INK } from "./styles.ts";
import { Value } from "./value.tsx";

// Relative column widths.
const WEIGHT: Record<TDoseField, number> = {
  dose: 13,
  vaccine: 26,
  manufacturer: 22,
  batch: 16,
  date: 17,
  facility: 28,
};

/** One row per dose given, in the order given, with the columns the template shows; the manufacturer under the vaccine when `nested`. */
export const Doses = ({
  doses,
  columns,
  nested,
}: {
  doses: TCertificateDose[];
  columns: readonly TDoseField[];
  nested: boolean;
}) => {
  const { words, accent, sizes } = useLook();
  const total = columns.reduce((sum, field) => sum + WEIGHT[field], 0);
  const cell = (field: TDoseField) => ({ width: `${(WEIGHT[field] * 100) / total}%`, paddingRight: 6 });
  return (
    <View>
      <View style={{ flexDirection: "row", borderBottomWidth: 1.2, borderBottomColor: accent, paddingBottom: 3 }}>
        {columns.map((field) => (
          <Label key={field} text={words.field(field)} style={cell(field)} />
        ))}
      </View>
      {doses.map((dose, index) => (
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
              <Value slot={SLOT.dose(index, field)} />
              {nested && field === "vaccine" ? <Value slot={SLOT.dose(index, "manufacturer")} /> : null}
            </View>
          ))}
        </View>
      ))}
    </View>
  );
};
