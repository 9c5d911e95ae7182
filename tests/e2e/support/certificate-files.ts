import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** A scratch folder for downloaded files, removed by the returned cleanup. */
export const scratchFolder = (): { folder: string; remove: () => void } => {
  const folder = mkdtempSync(path.join(tmpdir(), "vax-e2e-citizen-"));
  return { folder, remove: () => rmSync(folder, { recursive: true, force: true }) };
};

/** The text of every QR code zbar finds in a picture, or none. */
export const decodeQrImage = (file: string): string[] => {
  try {
    // --raw prints each symbol's data as it is, one per line; exit code 4 means none was found.
    return execFileSync("zbarimg", ["--raw", "-q", "-Sdisable", "-Sqrcode.enable", file], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    })
      .split("\n")
      .filter((line) => line.length > 0);
  } catch {
    return [];
  }
};

/** The QR codes in a PDF's embedded pictures, as a phone would read them off the paper: pdfimages, then zbarimg. */
export const qrCodesInPdf = (pdf: string, folder: string): string[] => {
  execFileSync("pdfimages", ["-png", pdf, path.join(folder, "picture")]);
  return readdirSync(folder)
    .filter((name) => name.startsWith("picture") && name.endsWith(".png"))
    .flatMap((name) => decodeQrImage(path.join(folder, name)));
};

/** The text of a PDF, as pdftotext reads it. */
export const pdfText = (pdf: string): string => execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
