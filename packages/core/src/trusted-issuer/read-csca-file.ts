import { AppError } from "../errors";

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;

const fromJson = (value: unknown): string[] | undefined => {
  if (!Array.isArray(value)) return undefined;
  return value.flatMap((item) => {
    if (typeof item === "string") return [item];
    const raw = item && typeof item === "object" ? (item as { rawData?: unknown }).rawData : undefined;
    return typeof raw === "string" ? [raw] : [];
  });
};

const parsedJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/**
 * The CSCA certificates of the file given beside a DSC list: PEM blocks (one or a bundle), a JSON array of base64
 * DER strings or of DSC-list entries, or base64 DER one per line. Each is checked when the DSCs are; this only
 * finds them, and refuses a file that holds none.
 */
export const readCscaFile = (text: string): string[] => {
  const pems = text.match(PEM_CERTIFICATE);
  const found =
    pems ??
    fromJson(parsedJson(text)) ??
    text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean);
  if (found.length === 0) {
    throw new AppError("VALIDATION_FAILED", "The CSCA file holds no certificate", [
      { path: "cscaFile", message: "Give CSCA certificates as PEM, or base64 DER one per line, or a JSON list" },
    ]);
  }
  return found;
};
