/** @jsxRuntime automatic */
import { Document, Page, View } from "@react-pdf/renderer";
import type { TCheckedCertificateDocument } from "../../certificate-document.ts";
import type { CertificateQr } from "../../qr-png.ts";
import type { TTemplateSettings } from "../../template-settings.ts";
import { CertificateId } from "./certificate-id.tsx";
import { Doses } from "./doses.tsx";
import { Footer } from "./footer.tsx";
import { Header } from "./header.tsx";
import { Issuer } from "./issuer.tsx";
import { QrCode } from "./qr-code.tsx";
import { Recipient } from "./recipient.tsx";
import { PAPER_POINTS, styles } from "./styles.ts";

/** What the certificate template draws: the checked document, its template's settings and its prepared QR picture. */
export type CertificateProps = {
  document: TCheckedCertificateDocument;
  settings: TTemplateSettings;
  qr: CertificateQr;
};

/** The A4 vaccination certificate. */
export const Certificate = ({ document, settings, qr }: CertificateProps) => {
  const labels = settings.labels.en;
  const holder = settings.blocks.find((block) => block.type === "holder");
  return (
    <Document
      title={`${document.title ?? labels.title} ${document.certificateId}`}
      author={document.issuer.name}
      subject={`${document.programme.name}: ${document.recipient.name}`}
      creator="Vax"
      producer="Vax"
    >
      <Page size={[...PAPER_POINTS[settings.paper]]} style={styles.page}>
        <Header
          title={document.title ?? labels.title}
          subtitle={labels.subtitle}
          programme={document.programme}
          accentColor={settings.accentColor}
        />
        <CertificateId
          certificateId={document.certificateId}
          issuedAt={document.issuedAt}
          accentColor={settings.accentColor}
        />
        <View style={{ flexDirection: "row", marginTop: 16, justifyContent: "space-between" }}>
          <View style={{ flex: 1, paddingRight: 16 }}>
            <Recipient recipient={document.recipient} showIdentifier={holder?.fields.includes("identifier") ?? true} />
          </View>
          <QrCode qr={qr} verifyUrl={document.verifyUrl} />
        </View>
        <Doses doses={document.doses} accentColor={settings.accentColor} />
        <Issuer issuer={document.issuer} />
        <Footer text={labels.footer} certificateId={document.certificateId} />
      </Page>
    </Document>
  );
};
