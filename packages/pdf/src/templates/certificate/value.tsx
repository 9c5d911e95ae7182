/** @jsxRuntime automatic */
import { View } from "@react-pdf/renderer";
import type { Style } from "@react-pdf/stylesheet";
import { useLook } from "./certificate-context.ts";
import { PlainText } from "./plain-text.tsx";
import type { TValueStyle } from "./slot-texts.ts";

// One line of Latin text in the value's font: its layout gives the slot's place, width, height and baseline.
export const PROBE_TEXT = "Hg";

const textStyle = (style: TValueStyle, extra: Style | undefined): Style[] => [
  {
    fontSize: style.fontSize,
    fontWeight: style.fontWeight,
    color: style.color,
    ...(style.letterSpacing === undefined ? {} : { letterSpacing: style.letterSpacing }),
    ...(style.lineHeight === undefined ? {} : { lineHeight: style.lineHeight }),
    ...(style.textAlign === undefined ? {} : { textAlign: style.textAlign }),
  },
  extra ?? {},
];

/**
 * The value of one slot, as text; nothing when the certificate has no value for it. Laying out a probe or a skeleton
 * (see TSlotMode), the slot is named in the layout (`slot` prop) so the stamp finds where it is.
 */
export const Value = ({ slot, style }: { slot: string; style?: Style }) => {
  const { values, slots } = useLook();
  const value = values.get(slot);
  if (!value) return null;
  if (slots.kind === "skeleton") {
    return <View {...({ slot } as object)} style={{ height: slots.heights.get(slot) ?? 0 }} />;
  }
  return (
    <PlainText {...(slots.kind === "probe" ? { slot } : {})} style={textStyle(value.style, style)}>
      {slots.kind === "probe" ? PROBE_TEXT : value.text}
    </PlainText>
  );
};
