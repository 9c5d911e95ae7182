/** @jsxRuntime automatic */
import { View } from "@react-pdf/renderer";
import { Field } from "./field.tsx";
import { PlainText } from "./plain-text.tsx";
import { styles } from "./styles.ts";

/** The authority that signed the certificate, with the DID a verifier resolves its keys from. */
export const Issuer = ({ issuer }: { issuer: { name: string; country: string; did: string } }) => (
  <View style={styles.section} wrap={false}>
    <PlainText style={styles.sectionTitle}>Issued by</PlainText>
    <Field label="Issuer" value={issuer.name} bold />
    <Field label="Country" value={issuer.country} />
    <Field label="Issuer DID" value={issuer.did} />
  </View>
);
