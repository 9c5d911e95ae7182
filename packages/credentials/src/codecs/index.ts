export { decodeBase45, encodeBase45 } from "./base45.ts";
export { deflate, inflate } from "./zlib.ts";
