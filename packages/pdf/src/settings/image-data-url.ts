import { z } from "zod";

/** The most a logo or signature picture may weigh, decoded. */
export const MAX_IMAGE_BYTES = 256 * 1024;

const PREFIX = /^data:image\/(png|jpeg);base64,/;
// The length of the base64 text of MAX_IMAGE_BYTES, checked before anything is decoded.
const MAX_BASE64_CHARS = Math.ceil(MAX_IMAGE_BYTES / 3) * 4;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const MAGIC = {
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  jpeg: [0xff, 0xd8, 0xff],
} as const;

/**
 * A PNG or JPEG picture as a `data:` URL, at most 256 KiB: react-pdf embeds it as it is, so the
 * size is capped before decoding and the bytes must start as the named format does.
 */
export const imageDataUrl = (label: string) =>
  z.string({ error: `${label} must be a data: URL` }).superRefine((value, context) => {
    const format = PREFIX.exec(value)?.[1] as keyof typeof MAGIC | undefined;
    if (!format) {
      context.addIssue({ code: "custom", message: `${label} must be a PNG or JPEG data: URL` });
      return;
    }
    const base64 = value.slice(value.indexOf(",") + 1);
    if (base64.length > MAX_BASE64_CHARS) {
      context.addIssue({ code: "custom", message: `${label} is at most ${MAX_IMAGE_BYTES / 1024} KiB` });
      return;
    }
    const head = BASE64.test(base64) ? Buffer.from(base64.slice(0, 16), "base64") : undefined;
    if (!head || MAGIC[format].some((byte, index) => head[index] !== byte)) {
      context.addIssue({ code: "custom", message: `${label} is not a ${format.toUpperCase()} picture` });
    }
  });
