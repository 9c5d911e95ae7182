import { z } from "zod";
import { imageDataUrl } from "./image-data-url.ts";
import { fieldKey, text, withDefault } from "./settings-text.ts";

/** The holder's details a certificate can show; "birthDate" prints the age when no date of birth is known. */
export const HOLDER_FIELDS = ["name", "birthDate", "gender", "identifier"] as const;

/** Printed side of the QR picture, quiet zone included: below 40 mm a dense code is hard to scan from paper. */
export const QR_SIZE_MM = { min: 40, max: 100, default: 62 } as const;

const enabled = withDefault(z.boolean({ error: "Shown must be true or false" }), true);

const headerBlock = z.object({
  type: z.literal("header"),
  enabled,
  logo: withDefault(imageDataUrl("Logo").nullable(), null),
});

const holderBlock = z.object({
  type: z.literal("holder"),
  enabled,
  fields: withDefault(
    z.array(z.enum(HOLDER_FIELDS, { error: `A holder field is one of ${HOLDER_FIELDS.join(", ")}` })),
    [...HOLDER_FIELDS],
  ),
});

const eventBlock = z.object({
  type: z.literal("event"),
  enabled,
  /** The event fields printed, in this order; null prints every field the credential carries. */
  fields: withDefault(z.array(fieldKey).max(40, "An event shows at most 40 fields").nullable(), null),
});

const qrBlock = z.object({
  type: z.literal("qr"),
  enabled,
  sizeMm: withDefault(
    z
      .number({ error: "QR size must be a number of millimetres" })
      .min(QR_SIZE_MM.min, `QR size is at least ${QR_SIZE_MM.min} mm, or phones cannot read it from paper`)
      .max(QR_SIZE_MM.max, `QR size is at most ${QR_SIZE_MM.max} mm`),
    QR_SIZE_MM.default,
  ),
});

const signatureBlock = z.object({
  type: z.literal("signature"),
  enabled,
  image: withDefault(imageDataUrl("Signature image").nullable(), null),
  signatoryName: withDefault(text("Signatory name", 120), ""),
  signatoryTitle: withDefault(text("Signatory title", 160), ""),
});

const footerBlock = z.object({ type: z.literal("footer"), enabled });

/** One block of the page; the template lists them in the order they print. */
export const templateBlockSchema = z.discriminatedUnion(
  "type",
  [headerBlock, holderBlock, eventBlock, qrBlock, signatureBlock, footerBlock],
  { error: "A block's type is one of header, holder, event, qr, signature, footer" },
);

/** A block of the template, every field set. */
export type TTemplateBlock = z.output<typeof templateBlockSchema>;
/** The kinds of block, in the order the default template prints them. */
export const BLOCK_TYPES = ["header", "holder", "qr", "event", "signature", "footer"] as const;
/** One kind of block. */
export type TTemplateBlockType = TTemplateBlock["type"];
/** The block of one kind, every field set. */
export type TTemplateBlockOf<T extends TTemplateBlockType> = Extract<TTemplateBlock, { type: T }>;

/** The blocks of the default template, each with its defaults; the signature is off until a picture is given. */
export const defaultBlocks = (): TTemplateBlock[] =>
  BLOCK_TYPES.map((type) => {
    const block = templateBlockSchema.parse({ type });
    return type === "signature" ? { ...block, enabled: false } : block;
  });

/**
 * The template's blocks in order, each kind at most once. A kind the JSON leaves out is added,
 * switched off, so every stored template names all of them and the editor can switch one on.
 */
export const templateBlocksSchema = z
  .array(templateBlockSchema, { error: "Blocks must be a list" })
  .max(BLOCK_TYPES.length)
  .superRefine((blocks, context) => {
    const seen = new Set<string>();
    blocks.forEach((block, index) => {
      if (seen.has(block.type))
        context.addIssue({ code: "custom", path: [index, "type"], message: `Only one ${block.type} block` });
      seen.add(block.type);
    });
  })
  .transform((blocks): TTemplateBlock[] => [
    ...blocks,
    ...defaultBlocks()
      .filter((block) => !blocks.some((given) => given.type === block.type))
      .map((block) => ({ ...block, enabled: false })),
  ]);
