/** @jsxRuntime automatic */
import { View } from "@react-pdf/renderer";
import type { TCheckedCertificateDocument } from "../../certificate-document.ts";
import type { TTemplateBlockOf } from "../../settings/template-blocks.ts";
import { SectionTitle } from "./bilingual.tsx";
import { useLook } from "./certificate-context.ts";
import { Doses } from "./doses.tsx";
import { EventFields } from "./event-fields.tsx";
import { eventContent } from "./slot-texts.ts";

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
  const { showDoses, columns, nested, eventFields } = eventContent(document, block);
  if (!showDoses && eventFields.length === 0) return null;
  return (
    <View>
      <SectionTitle text={words.phrase(showDoses ? "vaccination" : "details")} />
      {showDoses ? <Doses doses={document.doses} columns={columns} nested={nested} /> : null}
      {eventFields.length > 0 ? (
        <View style={{ marginTop: showDoses ? sizes.gap : 0 }}>
          <EventFields fields={eventFields} />
        </View>
      ) : null}
    </View>
  );
};
