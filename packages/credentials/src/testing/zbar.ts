import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";

/** The path of Debian's zbarimg, or undefined when it is not installed (the scanning tests then skip). */
export const zbarimg = (() => {
  try {
    return (
      execFileSync("which", ["zbarimg"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim() || undefined
    );
  } catch {
    return undefined;
  }
})();

/**
 * Scans a PNG with zbarimg, reading QR codes only: with every symbology on, zbar now and then also
 * finds a linear barcode in a dense QR's modules and prints it as a second line.
 */
export const scanQrPng = (png: Uint8Array, file: string, options: { binary?: boolean } = {}): Buffer => {
  writeFileSync(file, png);
  // -Sbinary stops zbar from guessing a text encoding for byte-mode data.
  const args = ["--raw", "-q", "-Sdisable", "-Sqrcode.enable", ...(options.binary ? ["-Sbinary"] : []), file];
  // zbar prints D-Bus noise on stderr in containers; only stdout carries the scan.
  return execFileSync(zbarimg as string, args, { stdio: ["ignore", "pipe", "ignore"] });
};
