import ucs2lengthExport from "ajv/dist/runtime/ucs2length.js";
import { fullFormats } from "ajv-formats/dist/formats.js";

// What the precompiled DCC schema validator calls at run time: ajv's code-point counter for
// minLength/maxLength and ajv-formats' checks for the date formats. CommonJS interop differs by
// loader: Node hands over module.exports, bundlers the module's default export.
const interop = ucs2lengthExport as unknown as ((text: string) => number) | { default: (text: string) => number };

/** The length of a string in Unicode code points, as JSON Schema counts it. */
export const ucs2length = typeof interop === "function" ? interop : interop.default;

export { fullFormats };
