/** @jsxRuntime automatic */
import { View } from "@react-pdf/renderer";
import { Stacked } from "./bilingual.tsx";
import { useLook } from "./certificate-context.ts";
import { PlainText } from "./plain-text.tsx";
import { INK } from "./styles.ts";

/** The template's footer text in both languages, and the certificate id again, at the foot of the page. */
export const Footer = ({ certificateId }: { certificateId: string }) => {
  const { words, sizes } = useLook();
  return (
    <View
      wrap={false}
      style={{
        borderTopWidth: 0.75,
        borderTopColor: INK.rule,
        paddingTop: 5,
        flexDirection: "row",
        alignItems: "flex-end",
      }}
    >
      <View style={{ flex: 1, paddingRight: 12 }}>
        <Stacked text={words.footer} style={{ fontSize: sizes.small, color: INK.muted }} />
      </View>
      <PlainText style={{ fontSize: sizes.small, color: INK.muted }}>{certificateId}</PlainText>
    </View>
  );
};
