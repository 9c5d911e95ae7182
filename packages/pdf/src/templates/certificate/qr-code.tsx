/** @jsxRuntime automatic */
import { Image, View } from "@react-pdf/renderer";
import type { CertificateQr } from "../../qr-png.ts";
import { useLook } from "./certificate-context.ts";
import { PlainText } from "./plain-text.tsx";
import { QR_SLOT } from "./slot-texts.ts";
import { INK, MM } from "./styles.ts";

/** The signed credential's QR code at the template's printed size, with where to check it. */
export const QrCode = ({ qr, sizeMm, verifyUrl }: { qr: CertificateQr; sizeMm: number; verifyUrl: string }) => {
  const { words, sizes, slots } = useLook();
  const size = sizeMm * MM;
  const scan = words.phrase("scanToVerify");
  const caption = { fontSize: sizes.small, color: INK.muted, textAlign: "center" } as const;
  return (
    <View wrap={false} style={{ width: Math.max(size, 48 * MM), alignItems: "center", alignSelf: "center" }}>
      {slots.kind === "text" ? (
        <Image src={qr.png} style={{ width: size, height: size }} />
      ) : (
        <View {...({ slot: QR_SLOT } as object)} style={{ width: size, height: size }} />
      )}
      <PlainText style={caption}>
        {scan.en} {verifyUrl}
      </PlainText>
      {scan.local ? (
        <PlainText style={[caption, words.lang === "ar" ? { direction: "rtl" } : {}]}>{scan.local}</PlainText>
      ) : null}
    </View>
  );
};
