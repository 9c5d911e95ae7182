import type { CheckName, CredentialFormat } from "@vax/credentials/verify";
import { QrNotFoundError } from "../lib/browser/qr-reader";

/**
 * A translator over the whole catalogue, with keys written out in full: what `useTranslations()`
 * returns, and what the wording helpers take so unit tests can hand them the English catalogue.
 */
export type TTranslate = (key: string, values?: Record<string, string | number>) => string;

/** What each named check is called on screen. */
export const checkLabel = (t: TTranslate, name: CheckName): string => {
  switch (name) {
    case "decode":
      return t("Check.decode");
    case "format":
      return t("Check.format");
    case "signature":
      return t("Check.signature");
    case "issuer trusted":
      return t("Check.issuerTrusted");
    case "key status":
      return t("Check.keyStatus");
    case "validity period":
      return t("Check.validityPeriod");
    case "revocation":
      return t("Check.revocation");
    case "suspension":
      return t("Check.suspension");
    case "schema":
      return t("Check.schema");
    case "rules":
      return t("Check.rules");
  }
};

/** What each certificate format is called on screen. */
export const formatLabel = (t: TTranslate, format: CredentialFormat): string => {
  switch (format) {
    case "w3c":
      return t("Format.w3c");
    case "divoc":
      return t("Format.divoc");
    case "eu-dcc":
      return t("Format.euDcc");
    case "shc":
      return t("Format.shc");
    case "vds-nc":
      return t("Format.vdsNc");
    case "unknown":
      return t("Format.unknown");
  }
};

/** Why reading a QR failed, in the checker's language; an unexpected error keeps its own message. */
export const readProblem = (t: TTranslate, error: unknown): string => {
  if (!(error instanceof QrNotFoundError)) return error instanceof Error ? error.message : String(error);
  switch (error.problem) {
    case "picture":
      return t("Problem.picture");
    case "pdf-page":
      return t("Problem.pdfPage");
    case "pdf-unreadable":
      return t("Problem.pdfUnreadable");
    case "pdf-none":
      return t("Problem.pdfNone");
    case "camera-denied":
      return t("Problem.cameraDenied");
    case "camera-missing":
      return t("Problem.cameraMissing");
    case "camera-busy":
      return t("Problem.cameraBusy");
    case "camera-failed":
      return t("Problem.cameraFailed");
  }
};
