import { readPastedKey } from "@vax/credentials/keys";
import type { TrustKey } from "@vax/credentials/verify";
import { Prisma } from "@vax/db";
import { AppError, type TErrorDetail } from "../errors";
import type { TTrustedIssuer } from "../schemas/trusted-issuer";

type TRead<T> = { value?: T; error?: TErrorDetail };

const readEach = <T>(texts: string[], field: string, label: string, read: (text: string) => Promise<T>) =>
  Promise.all(
    texts.map(
      async (text, index): Promise<TRead<T>> =>
        read(text).then(
          (value) => ({ value }),
          (error: Error) => ({
            error: { path: `${field}.${index}`, message: `${label} ${index + 1}: ${error.message}` },
          }),
        ),
    ),
  );

const readCsca = async (text: string): Promise<string> => {
  const key = await readPastedKey(text);
  if (!("certificate" in key)) throw new Error("a CSCA is an X.509 certificate (PEM or base64 DER)");
  return key.certificate;
};

/**
 * The stored columns of a hand-entered trusted issuer: each pasted key and CSCA read and checked; a text that
 * is not a key is a VALIDATION_FAILED whose details name it (`keys.1`: "Key 2: …"), so the form shows it there.
 */
export const trustedIssuerColumns = async (input: TTrustedIssuer) => {
  const [keys, cscas] = await Promise.all([
    readEach(input.keys, "keys", "Key", readPastedKey),
    readEach(input.cscas, "cscas", "CSCA", readCsca),
  ]);
  const errors = [...keys, ...cscas].flatMap((read) => (read.error ? [read.error] : []));
  if (errors.length > 0) throw new AppError("VALIDATION_FAILED", "Some keys could not be read", errors);
  return {
    name: input.name,
    country: input.country,
    ids: [...new Set(input.ids)],
    keys: keys.map((read) => read.value as TrustKey) as Prisma.InputJsonValue,
    cscas: cscas.map((read) => read.value as string),
    // The form has no contexts: left out, an edit keeps those an import brought; null clears them.
    ...(input.contexts === undefined
      ? {}
      : { contexts: input.contexts ? (input.contexts as Prisma.InputJsonValue) : Prisma.DbNull }),
  };
};
