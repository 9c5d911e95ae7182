/** @jsxRuntime automatic */
import { View } from "@react-pdf/renderer";
import type { TCheckedCertificateDocument } from "../../certificate-document.ts";
import { formatCertificateDate } from "../../format-date.ts";
import type { TTemplateBlockOf } from "../../settings/template-blocks.ts";
import { Field, SectionTitle } from "./bilingual.tsx";
import { useLook } from "./certificate-context.ts";

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
        if (field === "name")
          return <Field key={field} label={words.field("name")} value={recipient.name} bold large />;
        if (field === "birthDate")
          return recipient.birthDate ? (
            <Field key={field} label={words.field("birthDate")} value={formatCertificateDate(recipient.birthDate)} />
          ) : (
            <Field
              key={field}
              label={words.field("age")}
              value={recipient.age === undefined ? undefined : `${recipient.age} years`}
            />
          );
        return <Field key={field} label={words.field(field)} value={recipient[field]} />;
      })}
    </View>
  );
};
