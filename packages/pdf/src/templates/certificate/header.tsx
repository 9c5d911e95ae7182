/** @jsxRuntime automatic */
import { Image, View } from "@react-pdf/renderer";
import { Stacked } from "./bilingual.tsx";
import { useLook } from "./certificate-context.ts";
import { PlainText } from "./plain-text.tsx";
import { INK, MM } from "./styles.ts";
import type { TBilingual } from "./words.ts";

/** The ministry's logo beside the title and subtitle in both languages, and the programme. */
export const Header = ({
  logo,
  title,
  provisional,
  programme,
}: {
  logo: string | null;
  title: TBilingual;
  provisional: boolean;
  programme: { name: string; disease?: string };
}) => {
  const { words, accent, sizes } = useLook();
  const badge = words.phrase("provisional");
  return (
    <View style={{ flexDirection: "row", alignItems: "center" }}>
      {logo ? (
        <Image
          src={logo}
          style={{
            width: 22 * MM * (sizes.title / 25),
            height: 22 * MM * (sizes.title / 25),
            objectFit: "contain",
            marginRight: sizes.gap,
          }}
        />
      ) : null}
      <View style={{ flex: 1 }}>
        {provisional ? (
          <PlainText style={{ fontSize: sizes.section, fontWeight: 700, color: "#9A3412", marginBottom: 2 }}>
            {badge.local ? `${badge.en.toUpperCase()} / ${badge.local}` : badge.en.toUpperCase()}
          </PlainText>
        ) : null}
        <Stacked
          text={title}
          style={{ fontSize: sizes.title, fontWeight: 700, color: accent, lineHeight: 1.25 }}
          localStyle={{ fontSize: sizes.localTitle }}
        />
        <Stacked text={words.subtitle} style={{ fontSize: sizes.subtitle, color: INK.muted, marginTop: 2 }} />
        <PlainText style={{ fontSize: sizes.body, marginTop: sizes.gap * 0.4 }}>
          {programme.disease ? `${programme.name} · ${programme.disease}` : programme.name}
        </PlainText>
      </View>
    </View>
  );
};
