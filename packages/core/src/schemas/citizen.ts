import { LOCALES } from "@vax/config/i18n";
import { z } from "zod";

const MOBILE_MESSAGE = "Enter a 10-digit Indian mobile number, such as 98765 43210";

/**
 * An Indian mobile number as a citizen types it: spaces, dashes, brackets, a leading 0 or a +91 /
 * 0091 / 91 country code are accepted; the result is the bare 10 digits, starting 6–9 as every
 * Indian mobile number does.
 */
export const ZCitizenMobile = z
  .string({ error: MOBILE_MESSAGE })
  .trim()
  .max(24, MOBILE_MESSAGE)
  .transform((value) => value.replace(/[\s().-]/g, "").replace(/^(\+91|0091|91(?=\d{10}$)|0(?=\d{10}$))/, ""))
  .pipe(z.string().regex(/^[6-9]\d{9}$/, MOBILE_MESSAGE));

/** The six-digit one-time code from the SMS. */
export const ZOneTimeCode = z
  .string({ error: "Enter the 6-digit code from the SMS" })
  .trim()
  .regex(/^\d{6}$/, "Enter the 6-digit code from the SMS");

/** Asking for a one-time code. */
export const ZRequestOneTimeCodeInput = z.object({ mobile: ZCitizenMobile });

/** Signing in with the code. */
export const ZSignInWithOneTimeCodeInput = z.object({ mobile: ZCitizenMobile, code: ZOneTimeCode });

/** A parsed request for a code. */
export type TRequestOneTimeCodeInput = z.output<typeof ZRequestOneTimeCodeInput>;
/** A parsed sign-in with a code. */
export type TSignInWithOneTimeCodeInput = z.output<typeof ZSignInWithOneTimeCodeInput>;

/** The files a certificate can be downloaded as. */
export const certificateFileKinds = ["json", "pdf", "qr.png", "eu-dcc.png", "shc.png"] as const;

/** One of {@link certificateFileKinds}. */
export type TCertificateFileKind = (typeof certificateFileKinds)[number];

/** The query of a certificate's PDF: the language it is printed in, one of the platform's (English when left out). */
export const ZCertificatePdfQuery = z.object({
  lang: z
    .enum(LOCALES, { error: `lang must be one of ${LOCALES.join(", ")}` })
    .optional()
    .meta({ description: "The language the certificate is printed in", example: "hi" }),
});

/** The answer to a code request: where it went, and when it expires and another may be asked for (ISO 8601). */
export const ZOneTimeCodeSent = z.object({ sentTo: z.string(), expiresAt: z.string(), resendAt: z.string() });

/** A certificate in another format, as the QR text: `HC1:…` (EU DCC) or `shc:/…` (SMART Health Card). */
export const ZCertificateQr = z.object({ qr: z.string() });
