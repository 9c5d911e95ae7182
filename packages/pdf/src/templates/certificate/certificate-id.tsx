/** @jsxRuntime automatic */
import { View } from "@react-pdf/renderer";
import { Label } from "./bilingual.tsx";
import { useLook } from "./certificate-context.ts";
import { PlainText } from "./plain-text.tsx";
import { SLOT } from "./slot-texts.ts";
import { INK } from "./styles.ts";
import { Value } from "./value.tsx";

/** The certificate id, large enough to read out or type; who issued it, in words; and when. */
export const CertificateId = ({ issuer }: { issuer: { name: string; country: string } }) => {
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
        <Value slot={SLOT.certificateId} />
      </View>
      <View style={{ width: "36%", paddingHorizontal: 6 }}>
        <Label text={words.phrase("issuedBy")} />
        <PlainText style={{ fontSize: sizes.value, fontWeight: 700 }}>{issuer.name}</PlainText>
        <PlainText style={{ fontSize: sizes.body }}>
          {country.local ? `${country.en} / ${country.local}` : country.en}
        </PlainText>
      </View>
      <View style={{ width: "22%" }}>
        <Label text={words.phrase("issuedOn")} style={{ textAlign: "right" }} />
        <Value slot={SLOT.issuedOn} />
      </View>
    </View>
  );
};
