/** @jsxRuntime automatic */
import { Text, View } from "@react-pdf/renderer";
import type { Style } from "@react-pdf/stylesheet";
import { useLook } from "./certificate-context.ts";
import { PlainText } from "./plain-text.tsx";
import { INK } from "./styles.ts";
import { Value } from "./value.tsx";
import type { TBilingual } from "./words.ts";

/**
 * A field's name in small capitals, the second language after a slash: "DATE OF BIRTH / जन्म तिथि".
 * Letter spacing is for the English only: spaced Arabic letters no longer join.
 */
export const Label = ({ text, style }: { text: TBilingual; style?: Style }) => {
  const { sizes } = useLook();
  const english = { textTransform: "uppercase", letterSpacing: sizes.label * 0.06 } as const;
  const label = { fontSize: sizes.label, color: INK.muted, lineHeight: 1.3 };
  // English alone is one text node: a layout's cost grows with its nodes.
  if (!text.local) return <PlainText style={[label, english, style ?? {}]}>{text.en}</PlainText>;
  return (
    <PlainText style={[label, style ?? {}]}>
      <Text style={english}>{text.en}</Text>
      <Text> / {text.local}</Text>
    </PlainText>
  );
};

/** Prose in both languages, the second under the first; Arabic set right to left (so "رمز QR" keeps its order) from the right. */
export const Stacked = ({ text, style, localStyle }: { text: TBilingual; style: Style; localStyle?: Style }) => {
  const { words } = useLook();
  return (
    <View>
      <PlainText style={style}>{text.en}</PlainText>
      {text.local ? (
        <PlainText
          style={[style, localStyle ?? {}, words.lang === "ar" ? { direction: "rtl", textAlign: "right" } : {}]}
        >
          {text.local}
        </PlainText>
      ) : null}
    </View>
  );
};

/** A section's name over a rule of the accent colour. */
export const SectionTitle = ({ text }: { text: TBilingual }) => {
  const { accent, sizes } = useLook();
  return (
    <View
      style={{ borderBottomWidth: 1.2, borderBottomColor: accent, paddingBottom: 2, marginBottom: sizes.gap * 0.6 }}
    >
      <PlainText style={{ fontSize: sizes.section, fontWeight: 700, color: accent }}>
        <Text style={{ textTransform: "uppercase", letterSpacing: sizes.section * 0.07 }}>{text.en}</Text>
        {text.local ? <Text> / {text.local}</Text> : null}
      </PlainText>
    </View>
  );
};

/** A labelled value; left out entirely when there is no value, so no empty rows print. */
export const Field = ({ label, slot }: { label: TBilingual; slot: string }) => {
  const { sizes, values } = useLook();
  if (!values.has(slot)) return null;
  return (
    <View wrap={false} style={{ marginBottom: sizes.gap * 0.55 }}>
      <Label text={label} />
      <Value slot={slot} />
    </View>
  );
};
