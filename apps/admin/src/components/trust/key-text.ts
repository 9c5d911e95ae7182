import type { TrustKey } from "@vax/credentials/verify";

const withKid = (kid: string | undefined, body: string) => (kid ? `kid: ${kid}\n${body}` : body);

/** A stored key as the form shows it: the text an admin would paste for it, with its kid line when it has one. */
export const keyText = (key: TrustKey): string => {
  if ("certificate" in key) return withKid(key.kid, key.certificate);
  if ("publicKeyPem" in key) return withKid(key.kid, key.publicKeyPem.trim());
  if ("publicKeyMultibase" in key) return withKid(key.kid, key.publicKeyMultibase);
  const inJwk = key.publicKeyJwk.kid;
  return withKid(key.kid && key.kid !== inJwk ? key.kid : undefined, JSON.stringify(key.publicKeyJwk));
};

/** Keys as one text, a blank line between them, as the form's key field takes them. */
export const keysText = (keys: TrustKey[]): string => keys.map(keyText).join("\n\n");
