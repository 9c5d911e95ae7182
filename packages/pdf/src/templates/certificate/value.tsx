/** @jsxRuntime automatic */
import { View } from "@react-pdf/renderer";
import type { Style } from "@react-pdf/stylesheet";
import { useLook } from "./certificate-context.ts";
import { PlainText } from "./plain-text.tsx";
import type { TValueStyle } from "./slot-texts.ts";

const textStyle = (style: TValueStyle): Style => ({
  fontSize: style.fontSize,
  fontWeight: style.fontWeight,
  color: style.color,
  ...(style.letterSpacing === undefined ? {} : { letterSpacing: style.letterSpacing }),
  ...(style.lineHeight === undefined ? {} : { lineHeight: style.lineHeight }),
  ...(style.textAlign === undefined ? {} : { textAlign: style.textAlign }),
});

/**
 * The value of one slot, as text; nothing when the certificate has no value for it. In a skeleton it is an empty box
 * of the height given, named in the layout (`slot` prop) so the stamp finds where it is and how wide.
 */
export const Value = ({ slot }: { slot: string }) => {
  const { values, slots } = useLook();
  const value = values.get(slot);
  if (!value) return null;
  if (slots.kind === "skeleton") {
    return <View {...({ slot } as object)} style={{ height: slots.heights.get(slot) ?? 0 }} />;
  }
  return <PlainText style={textStyle(value.style)}>{value.text}</PlainText>;
};
