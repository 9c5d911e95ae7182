/** @jsxRuntime automatic */
import { Image, View } from "@react-pdf/renderer";
import type { CertificateQr } from "../../qr-png.ts";
import { PlainText } from "./plain-text.tsx";
import { INK, MM } from "./styles.ts";

// A phone reads a QR from paper when its modules are not too small: the code itself (quiet zone
// aside) prints at least 52 mm wide, about half a millimetre a module for a two-dose credential.
const MIN_CODE_MM = 52;
const MIN_IMAGE_MM = 60;

/** Printed width of the QR picture, quiet zone included, in points. */
export const qrImageSize = ({ modules, quietZone }: Pick<CertificateQr, "modules" | "quietZone">): number =>
  Math.max(MIN_IMAGE_MM, (MIN_CODE_MM * (modules + 2 * quietZone)) / modules) * MM;

/** The signed credential's QR code with the line that tells a reader where to check it. */
export const QrCode = ({ qr, verifyUrl }: { qr: CertificateQr; verifyUrl: string }) => {
  const size = qrImageSize(qr);
  return (
    <View wrap={false} style={{ width: size, alignItems: "center" }}>
      <Image src={qr.png} style={{ width: size, height: size }} />
      <PlainText style={{ fontSize: 8.5, color: INK.muted, textAlign: "center", marginTop: 2 }}>
        To verify, scan this QR code at {verifyUrl}
      </PlainText>
    </View>
  );
};
