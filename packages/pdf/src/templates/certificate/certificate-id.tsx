/** @jsxRuntime automatic */
import { View } from "@react-pdf/renderer";
import { formatCertificateDate } from "../../format-date.ts";
import { Label } from "./bilingual.tsx";
import { useLook } from "./certificate-context.ts";
import { PlainText } from "./plain-text.tsx";
import { INK } from "./styles.ts";

/** The certificate id, large enough to read out or type; who issued it, in words; and when. */
export const CertificateId = ({
  certificateId,
  issuer,
  issuedAt,
}: {
  certificateId: string;
  issuer: { name: string; country: string };
  issuedAt: string;
}) => {
  const { words, accent, sizes } = useLook();
  const country = words.country(issuer.country);
  return (
    <View
      wrap={false}
      style={{
        padding: sizes.gap * 0.8,
        borderLeftWidth: 4,
        borderLeftColor: accent,
        backgroundColor: INK.band,
        flexDirection: "row",
        justifyContent: "space-between",
      }}
    >
      <View style={{ width: "42%" }}>
        <Label text={words.phrase("certificateId")} />
        <PlainText style={{ fontSize: sizes.certificateId, fontWeight: 700, letterSpacing: 1.2, lineHeight: 1.2 }}>
          {certificateId}
        </PlainText>
      </View>
      <View style={{ width: "36%", paddingHorizontal: 6 }}>
        <Label text={words.phrase("issuedBy")} />
        <PlainText style={{ fontSize: sizes.value, fontWeight: 700 }}>{issuer.name}</PlainText>
        <PlainText style={{ fontSize: sizes.body }}>
          {country.local ? `${country.en} / ${country.local}` : country.en}
        </PlainText>
      </View>
      <View style={{ width: "22%", alignItems: "flex-end" }}>
        <Label text={words.phrase("issuedOn")} style={{ textAlign: "right" }} />
        <PlainText style={{ fontSize: sizes.value }}>{formatCertificateDate(issuedAt)}</PlainText>
      </View>
    </View>
  );
};
