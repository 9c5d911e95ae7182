/** @jsxRuntime automatic */
import { Document, Page, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import type { TCheckedCertificateDocument } from "../../certificate-document.ts";
import type { TDocumentLayout } from "../../page-overflow.ts";
import type { CertificateQr } from "../../qr-png.ts";
import type { TCertificateLanguage } from "../../settings/certificate-language.ts";
import type { TTemplateBlock } from "../../settings/template-blocks.ts";
import type { TTemplateSettings } from "../../template-settings.ts";
import { CertificateLook, type TSlotMode } from "./certificate-context.ts";
import { CertificateId } from "./certificate-id.tsx";
import { certificateMetadata, certificateTitle } from "./certificate-metadata.ts";
import { Event } from "./event.tsx";
import { Footer } from "./footer.tsx";
import { Header } from "./header.tsx";
import { Holder } from "./holder.tsx";
import { QrCode } from "./qr-code.tsx";
import { Signature } from "./signature.tsx";
import { certificateSlotTexts } from "./slot-texts.ts";
import { MM, PAPER_POINTS, PAPER_SCALE, sizesAt, styles } from "./styles.ts";
import { certificateWords } from "./words.ts";

/** What the certificate template draws: the checked document, its template's settings, its prepared QR picture and second language. */
export type CertificateProps = {
  document: TCheckedCertificateDocument;
  settings: TTemplateSettings;
  qr: CertificateQr;
  lang: TCertificateLanguage;
  /**
   * Whether content longer than the page flows onto more pages. Laying out for pages costs react-pdf
   * a second layout of everything; a certificate nearly always fits one page, so it is first laid out
   * as one and drawn again flowing only when that layout says it ran over (see render-on-this-thread).
   */
  flowing: boolean;
  /** Called with react-pdf's layout of the document once it is drawn. */
  onLayout?: (layout: TDocumentLayout) => void;
  /** How the holder's values are drawn; text unless a stamp lays out its skeleton (see stamp/). */
  slots?: TSlotMode;
  /** Marks the PDF's Creator, so the stamp knows the document it records. */
  creator?: string;
};

/** The blocks in the template's order, the holder and QR side by side when one follows the other. */
const layOut = (blocks: TTemplateBlock[], draw: (block: TTemplateBlock) => ReactNode): ReactNode[] => {
  const drawn: ReactNode[] = [];
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index] as TTemplateBlock;
    const next = blocks[index + 1];
    const pair = next && [block.type, next.type].sort().join() === "holder,qr";
    if (!pair) {
      drawn.push(<View key={block.type}>{draw(block)}</View>);
      continue;
    }
    drawn.push(
      <View key={block.type} style={{ flexDirection: "row", alignItems: "flex-start" }}>
        {[block, next].map((each) => (
          <View key={each.type} style={each.type === "holder" ? { flex: 1, paddingHorizontal: 8 } : {}}>
            {draw(each)}
          </View>
        ))}
      </View>,
    );
    index++;
  }
  return drawn;
};

/** The certificate on one page of the template's paper, its blocks spread down the whole page. */
export const Certificate = ({
  document,
  settings,
  qr,
  lang,
  flowing,
  onLayout,
  slots = { kind: "text" },
  creator = "Vax",
}: CertificateProps) => {
  const words = certificateWords(settings, lang);
  const sizes = sizesAt(PAPER_SCALE[settings.paper]);
  const padding = { top: sizes.margin * 0.9, bottom: sizes.margin * 0.7 };
  // A page laid out as one grows with its content: this keeps it at least its paper's height.
  const contentHeight = PAPER_POINTS[settings.paper][1] - padding.top - padding.bottom;
  const title = certificateTitle(document, words);
  const metadata = certificateMetadata(document, words);
  const blocks = settings.blocks.filter((block) => block.enabled);
  const values = certificateSlotTexts(document, blocks, sizes);
  const header = blocks.find((block) => block.type === "header");
  const draw = (block: TTemplateBlock): ReactNode => {
    switch (block.type) {
      case "header":
        return (
          <View>
            <Header logo={block.logo} title={title} provisional={document.provisional} programme={document.programme} />
            <View style={{ marginTop: sizes.gap }}>{idBand}</View>
          </View>
        );
      case "holder":
        return <Holder recipient={document.recipient} block={block} />;
      case "event":
        return <Event document={document} block={block} />;
      case "qr":
        return <QrCode qr={qr} sizeMm={block.sizeMm} verifyUrl={document.verifyUrl} />;
      case "signature":
        return <Signature block={block} />;
      case "footer":
        return <Footer />;
    }
  };
  const idBand = <CertificateId issuer={document.issuer} />;
  return (
    <Document
      title={metadata.title}
      author={metadata.author}
      subject={metadata.subject}
      keywords={metadata.keywords}
      language={lang}
      creator={creator}
      producer="Vax"
      onRender={(drawn) =>
        onLayout?.((drawn as { _INTERNAL__LAYOUT__DATA_?: TDocumentLayout })._INTERNAL__LAYOUT__DATA_ ?? {})
      }
    >
      <Page
        wrap={flowing}
        size={[...PAPER_POINTS[settings.paper]]}
        style={[styles.page, { padding: sizes.margin, paddingTop: padding.top, paddingBottom: padding.bottom }]}
      >
        <View
          fixed
          style={{
            position: "absolute",
            top: 7 * MM,
            bottom: 7 * MM,
            left: 7 * MM,
            right: 7 * MM,
            borderWidth: 1,
            borderColor: settings.accentColor,
            borderTopWidth: 5,
          }}
        />
        <CertificateLook.Provider value={{ words, accent: settings.accentColor, sizes, values, slots }}>
          <View style={{ flexGrow: 1, minHeight: contentHeight, justifyContent: "space-between" }}>
            {header ? null : idBand}
            {layOut(blocks, draw)}
          </View>
        </CertificateLook.Provider>
      </Page>
    </Document>
  );
};
