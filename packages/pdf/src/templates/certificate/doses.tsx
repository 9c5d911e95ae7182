/** @jsxRuntime automatic */
import { View } from "@react-pdf/renderer";
import type { TCertificateDose } from "../../certificate-document.ts";
import { formatDate } from "./format.ts";
import { PlainText } from "./plain-text.tsx";
import { INK, styles } from "./styles.ts";

const COLUMNS = [
  { title: "Dose", width: "14%" },
  { title: "Vaccine", width: "27%" },
  { title: "Batch", width: "17%" },
  { title: "Date", width: "16%" },
  { title: "Facility", width: "26%" },
] as const;

const cell = (index: number) => ({ width: COLUMNS[index]?.width, paddingRight: 6 });

/** One row per dose given, in the order given. */
export const Doses = ({ doses, accentColor }: { doses: TCertificateDose[]; accentColor: string }) => (
  <View style={styles.section}>
    <PlainText style={styles.sectionTitle}>Vaccination</PlainText>
    <View style={{ flexDirection: "row", borderBottomWidth: 1.5, borderBottomColor: accentColor, paddingBottom: 3 }}>
      {COLUMNS.map((column, index) => (
        <PlainText key={column.title} style={[styles.label, cell(index)]}>
          {column.title}
        </PlainText>
      ))}
    </View>
    {doses.map((dose) => (
      <View
        key={`${dose.doseNumber}-${dose.date}`}
        wrap={false}
        style={{ flexDirection: "row", paddingVertical: 5, borderBottomWidth: 0.75, borderBottomColor: INK.rule }}
      >
        <PlainText style={[cell(0), styles.strong]}>
          Dose {dose.doseNumber} of {dose.totalDoses}
        </PlainText>
        <View style={cell(1)}>
          <PlainText style={styles.strong}>{dose.vaccine}</PlainText>
          {dose.manufacturer ? (
            <PlainText style={{ color: INK.muted, fontSize: 8.5 }}>{dose.manufacturer}</PlainText>
          ) : null}
        </View>
        <PlainText style={cell(2)}>{dose.batch}</PlainText>
        <PlainText style={cell(3)}>{formatDate(dose.date)}</PlainText>
        <PlainText style={cell(4)}>{dose.facility}</PlainText>
      </View>
    ))}
  </View>
);
