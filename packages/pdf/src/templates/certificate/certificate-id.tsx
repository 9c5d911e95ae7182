/** @jsxRuntime automatic */
import { View } from "@react-pdf/renderer";
import { formatDate } from "./format.ts";
import { PlainText } from "./plain-text.tsx";
import { INK, styles } from "./styles.ts";

/** The certificate id, large enough to read out or type, and the date it was issued. */
export const CertificateId = ({
  certificateId,
  issuedAt,
  accentColor,
}: {
  certificateId: string;
  issuedAt: string;
  accentColor: string;
}) => (
  <View
    wrap={false}
    style={{
      marginTop: 14,
      padding: 10,
      borderLeftWidth: 4,
      borderLeftColor: accentColor,
      backgroundColor: INK.band,
      flexDirection: "row",
      justifyContent: "space-between",
      alignItems: "flex-end",
    }}
  >
    <View>
      <PlainText style={styles.label}>Certificate ID</PlainText>
      <PlainText style={{ fontSize: 20, fontWeight: 700, letterSpacing: 1.5, lineHeight: 1.2 }}>
        {certificateId}
      </PlainText>
    </View>
    <View style={{ alignItems: "flex-end" }}>
      <PlainText style={styles.label}>Issued on</PlainText>
      <PlainText style={{ fontSize: 11 }}>{formatDate(issuedAt)}</PlainText>
    </View>
  </View>
);
