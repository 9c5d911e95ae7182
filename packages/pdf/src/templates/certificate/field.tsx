/** @jsxRuntime automatic */
import { View } from "@react-pdf/renderer";
import { PlainText } from "./plain-text.tsx";
import { styles } from "./styles.ts";

/** A labelled value; left out entirely when there is no value, so no empty rows print. */
export const Field = ({ label, value, bold }: { label: string; value: string | undefined; bold?: boolean }) => {
  if (!value) return null;
  return (
    <View wrap={false}>
      <PlainText style={styles.label}>{label}</PlainText>
      <PlainText style={bold ? [styles.value, styles.strong] : styles.value}>{value}</PlainText>
    </View>
  );
};
