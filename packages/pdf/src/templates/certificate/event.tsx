/** @jsxRuntime automatic */
import { View } from "@react-pdf/renderer";
import type { TCheckedCertificateDocument } from "../../certificate-document.ts";
import type { TTemplateBlockOf } from "../../settings/template-blocks.ts";
import { SectionTitle } from "./bilingual.tsx";
import { useLook } from "./certificate-context.ts";
import { DOSE_FIELDS, Doses } from "./doses.tsx";
import { EventFields } from "./event-fields.tsx";

const isDoseField = (key: string): key is (typeof DOSE_FIELDS)[number] =>
  (DOSE_FIELDS as readonly string[]).includes(key);

/**
 * What the credential attests: its doses as a table, its other event fields as labelled values.
 * The template's field list chooses and orders both; with no list, everything the document carries prints.
 */
export const Event = ({
  document,
  block,
}: {
  document: TCheckedCertificateDocument;
  block: TTemplateBlockOf<"event">;
}) => {
  const { words, sizes } = useLook();
  const doseFields = block.fields ? block.fields.filter(isDoseField) : DOSE_FIELDS;
  const eventFields = block.fields
    ? block.fields.flatMap((key) => document.eventFields.filter((field) => field.key === key))
    : document.eventFields;
  const showDoses = document.doses.length > 0 && doseFields.length > 0;
  if (!showDoses && eventFields.length === 0) return null;
  return (
    <View>
      <SectionTitle text={words.phrase(showDoses ? "vaccination" : "details")} />
      {showDoses ? <Doses doses={document.doses} fields={doseFields} /> : null}
      {eventFields.length > 0 ? (
        <View style={{ marginTop: showDoses ? sizes.gap : 0 }}>
          <EventFields fields={eventFields} />
        </View>
      ) : null}
    </View>
  );
};
