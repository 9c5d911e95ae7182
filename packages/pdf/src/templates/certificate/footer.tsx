/** @jsxRuntime automatic */
import { View } from "@react-pdf/renderer";
import { PlainText } from "./plain-text.tsx";
import { INK, MM } from "./styles.ts";

/** The template's footer text and the certificate id, at the foot of every page. */
export const Footer = ({ text, certificateId }: { text: string; certificateId: string }) => (
  <View
    fixed
    style={{
      position: "absolute",
      bottom: 10 * MM,
      left: 16 * MM,
      right: 16 * MM,
      borderTopWidth: 0.75,
      borderTopColor: INK.rule,
      paddingTop: 5,
      flexDirection: "row",
      justifyContent: "space-between",
    }}
  >
    <PlainText style={{ fontSize: 7.5, color: INK.muted, width: "75%" }}>{text}</PlainText>
    <PlainText style={{ fontSize: 7.5, color: INK.muted }}>{certificateId}</PlainText>
  </View>
);
