/** @jsxRuntime automatic */
import { View } from "@react-pdf/renderer";
import type { TCertificateEventField } from "../../certificate-document.ts";
import { Field } from "./bilingual.tsx";
import { useLook } from "./certificate-context.ts";
import { SLOT } from "./slot-texts.ts";

/** The event's other details (a test's type, result, sample date, laboratory), two to a row. */
export const EventFields = ({ fields }: { fields: TCertificateEventField[] }) => {
  const { words } = useLook();
  return (
    <View style={{ flexDirection: "row", flexWrap: "wrap" }}>
      {fields.map((field) => (
        <View key={field.key} style={{ width: "50%", paddingRight: 8 }}>
          <Field label={words.field(field.key, field.label)} slot={SLOT.event(field.key)} />
        </View>
      ))}
    </View>
  );
};
