/** @jsxRuntime automatic */
import { View } from "@react-pdf/renderer";
import { Field } from "./field.tsx";
import { formatDate } from "./format.ts";
import { PlainText } from "./plain-text.tsx";
import { styles } from "./styles.ts";

/** The vaccinated person as recorded. */
export type RecipientProps = {
  name: string;
  birthDate?: string;
  age?: number;
  gender?: string;
  identifier?: string;
};

/** Who the certificate belongs to; the identity number only when the template shows it. */
export const Recipient = ({ recipient, showIdentifier }: { recipient: RecipientProps; showIdentifier: boolean }) => (
  <View>
    <PlainText style={styles.sectionTitle}>Vaccinated person</PlainText>
    <Field label="Name" value={recipient.name} bold />
    {recipient.birthDate ? (
      <Field label="Date of birth" value={formatDate(recipient.birthDate)} />
    ) : (
      <Field label="Age" value={recipient.age === undefined ? undefined : `${recipient.age} years`} />
    )}
    <Field label="Gender" value={recipient.gender} />
    {showIdentifier ? <Field label="Identity" value={recipient.identifier} /> : null}
  </View>
);
