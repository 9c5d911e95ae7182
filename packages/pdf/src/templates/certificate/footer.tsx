/** @jsxRuntime automatic */
import { View } from "@react-pdf/renderer";
import { Stacked } from "./bilingual.tsx";
import { useLook } from "./certificate-context.ts";
import { SLOT } from "./slot-texts.ts";
import { INK } from "./styles.ts";
import { Value } from "./value.tsx";

/** The template's footer text in both languages, and the certificate id again, at the foot of the page. */
export const Footer = () => {
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
      {/* A fixed width, so the footer text wraps the same whatever the id: the id's slot is the same on every certificate. */}
      <View style={{ width: "24%" }}>
        <Value slot={SLOT.footerId} />
      </View>
    </View>
  );
};
