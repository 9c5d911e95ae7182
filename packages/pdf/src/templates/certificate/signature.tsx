/** @jsxRuntime automatic */
import { Image, View } from "@react-pdf/renderer";
import type { TTemplateBlockOf } from "../../settings/template-blocks.ts";
import { Label } from "./bilingual.tsx";
import { useLook } from "./certificate-context.ts";
import { PlainText } from "./plain-text.tsx";
import { INK, MM } from "./styles.ts";

/** The signatory's signature over their name and title, at the right, as a ministry signs a paper certificate. */
export const Signature = ({ block }: { block: TTemplateBlockOf<"signature"> }) => {
  const { words, sizes } = useLook();
  if (!block.image && !block.signatoryName) return null;
  return (
    <View wrap={false} style={{ alignSelf: "flex-end", alignItems: "center", minWidth: 60 * MM * (sizes.body / 11) }}>
      {block.image ? (
        <Image src={block.image} style={{ height: 16 * MM * (sizes.body / 11), objectFit: "contain" }} />
      ) : null}
      <View
        style={{ borderTopWidth: 0.75, borderTopColor: INK.text, alignSelf: "stretch", marginTop: 2, paddingTop: 2 }}
      />
      {block.signatoryName ? (
        <PlainText style={{ fontSize: sizes.value, fontWeight: 700 }}>{block.signatoryName}</PlainText>
      ) : null}
      {block.signatoryTitle ? <PlainText style={{ fontSize: sizes.body }}>{block.signatoryTitle}</PlainText> : null}
      <Label text={words.phrase("signatory")} />
    </View>
  );
};
