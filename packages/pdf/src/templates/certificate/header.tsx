/** @jsxRuntime automatic */
import { View } from "@react-pdf/renderer";
import { PlainText } from "./plain-text.tsx";
import { INK, MM } from "./styles.ts";

/** Title, subtitle and programme of the certificate, under a band of the template's accent colour. */
export const Header = ({
  title,
  subtitle,
  programme,
  accentColor,
}: {
  title: string;
  subtitle: string;
  programme: { name: string; disease: string };
  accentColor: string;
}) => (
  <View>
    <View
      fixed
      style={{
        position: "absolute",
        top: -18 * MM,
        left: -16 * MM,
        right: -16 * MM,
        height: 6 * MM,
        backgroundColor: accentColor,
      }}
    />
    <PlainText style={{ fontSize: 22, fontWeight: 700, color: accentColor, lineHeight: 1.2 }}>{title}</PlainText>
    {subtitle ? <PlainText style={{ fontSize: 11, color: INK.muted, marginTop: 2 }}>{subtitle}</PlainText> : null}
    <PlainText style={{ fontSize: 11, marginTop: 8 }}>
      {programme.name} · against {programme.disease}
    </PlainText>
  </View>
);
