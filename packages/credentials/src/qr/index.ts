export { decodeNativeQr, decodeNativeQrJson, encodeNativeQr, NativeQrError } from "./native-qr.ts";
export {
  type QrEcc,
  type QrImageOptions,
  type QrInfo,
  type QrMode,
  type QrPayload,
  qrPng,
  qrSegments,
  qrSvg,
  qrVersionFor,
} from "./qr-image.ts";
export { type QrPixels, type QrReadResult, readQrImage } from "./read-qr-image.ts";
