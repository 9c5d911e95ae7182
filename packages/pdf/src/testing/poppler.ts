import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** What poppler and zbar read from a PDF: the page text, the page facts, the QR pictures and what they decode to. */
export type PdfReading = {
  text: string;
  /** Each word on the first page and the top and bottom of its box, in points from the top of the page. */
  words: { word: string; top: number; bottom: number }[];
  info: string;
  fonts: string;
  images: { width: number; xPpi: number; decoded: string }[];
};

// stderr is captured, not shown: zbarimg complains there about the missing D-Bus on every run.
const run = (command: string, args: string[]) =>
  execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

/** The text of the QR code in a picture; empty for a picture with none (a logo, a signature), where zbarimg exits 4. */
const decodeQr = (picture: string): string => {
  try {
    return run("zbarimg", ["--raw", "-q", "-Sdisable", "-Sqrcode.enable", picture]).replace(/\n$/, "");
  } catch (error) {
    if ((error as { status?: number }).status === 4) return "";
    throw error;
  }
};

/** Reads a PDF the way a person and a scanner would, with pdftotext, pdfinfo, pdffonts, pdfimages and zbarimg. */
export const readPdf = (pdf: Uint8Array): PdfReading => {
  const dir = mkdtempSync(path.join(tmpdir(), "vax-pdf-"));
  try {
    const file = path.join(dir, "certificate.pdf");
    writeFileSync(file, pdf);
    // Columns of `pdfimages -list`: page num type width height color comp bpc enc interp object ID x-ppi y-ppi …
    const listed = run("pdfimages", ["-list", file])
      .split("\n")
      .slice(2)
      .filter((line) => line.trim() !== "")
      .map((line) => line.trim().split(/\s+/));
    run("pdfimages", ["-png", file, path.join(dir, "image")]);
    const pictures = readdirSync(dir)
      .filter((name) => name.startsWith("image"))
      .sort();
    return {
      text: run("pdftotext", [file, "-"]),
      words: [
        ...run("pdftotext", ["-bbox", "-f", "1", "-l", "1", file, "-"]).matchAll(
          /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g,
        ),
      ].map(([, top, bottom, word]) => ({ word: word ?? "", top: Number(top), bottom: Number(bottom) })),
      info: run("pdfinfo", [file]),
      fonts: run("pdffonts", [file]),
      images: pictures.map((name, index) => ({
        width: Number(listed[index]?.[3]),
        xPpi: Number(listed[index]?.[12]),
        decoded: decodeQr(path.join(dir, name)),
      })),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

/** The first page drawn by pdftoppm in grey at `dpi`: its size and one byte a pixel, row by row. */
export const pageGreys = (pdf: Uint8Array, dpi: number): { width: number; height: number; pixels: Uint8Array } => {
  const dir = mkdtempSync(path.join(tmpdir(), "vax-pdf-"));
  try {
    const file = path.join(dir, "certificate.pdf");
    writeFileSync(file, pdf);
    const picture = execFileSync("pdftoppm", ["-gray", "-r", String(dpi), "-f", "1", "-l", "1", file], {
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 64 * 1024 * 1024,
    });
    // A binary PGM: "P5", width, height and the largest value, each after white space, then the pixels.
    const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(picture.subarray(0, 64).toString("latin1"));
    if (!header) throw new Error("pdftoppm did not write a greyscale picture");
    const [whole = "", width = "0", height = "0"] = header;
    return { width: Number(width), height: Number(height), pixels: picture.subarray(whole.length) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
