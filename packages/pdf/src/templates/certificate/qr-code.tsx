/** @jsxRuntime automatic */
import { Image, View } from "@react-pdf/renderer";
import type { CertificateQr } from "../../qr-png.ts";
import { useLook } from "./certificate-context.ts";
import { PlainText } from "./plain-text.tsx";
import { INK, MM } from "./styles.ts";

/** The signed credential's QR code at the template's printed size, with where to check it. */
export const QrCode = ({ qr, sizeMm, verifyUrl }: { qr: CertificateQr; sizeMm: number; verifyUrl: string }) => {
  const { words, sizes } = useLook();
  const size = sizeMm * MM;
  const scan = words.phrase("scanToVerify");
  const caption = { fontSize: sizes.small, color: INK.muted, textAlign: "center" } as const;
  return (
    <View wrap={false} style={{ width: Math.max(size, 48 * MM), alignItems: "center", alignSelf: "center" }}>
      <Image src={qr.png} style={{ width: size, height: size }} />
      <PlainText style={caption}>
        {scan.en} {verifyUrl}
      </PlainText>
      {scan.local ? (
        <PlainText style={[caption, words.lang === "ar" ? { direction: "rtl" } : {}]}>{scan.local}</PlainText>
      ) : null}
    </View>
  );
};
