/** @jsxRuntime automatic */
import { View } from "@react-pdf/renderer";
import type { TCheckedCertificateDocument } from "../../certificate-document.ts";
import type { TTemplateBlockOf } from "../../settings/template-blocks.ts";
import { Field, SectionTitle } from "./bilingual.tsx";
import { useLook } from "./certificate-context.ts";
import { SLOT } from "./slot-texts.ts";

/** The holder as recorded, the fields the template shows in its order; the age when no date of birth is known. */
export const Holder = ({
  recipient,
  block,
}: {
  recipient: TCheckedCertificateDocument["recipient"];
  block: TTemplateBlockOf<"holder">;
}) => {
  const { words } = useLook();
  return (
    <View>
      <SectionTitle text={words.phrase("holder")} />
      {block.fields.map((field) => {
        const label = field === "birthDate" && !recipient.birthDate ? "age" : field;
        return <Field key={field} label={words.field(label)} slot={SLOT.holder(field)} />;
      })}
    </View>
  );
};
