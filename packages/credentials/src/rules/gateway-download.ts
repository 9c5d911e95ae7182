import { ContentInfo, SignedData } from "@peculiar/asn1-cms";
import { AsnConvert } from "@peculiar/asn1-schema";
import { decodeBase64 } from "../divoc/encoding.ts";

/** A gateway entry that could not be opened: the reader refuses it with this reason. */
export type UnopenedRule = { Identifier: string; unopened: string };

// The EU gateway (DGCG) answers `GET /rules/{country}` with `{ [Identifier]: [{version, validFrom, validTo, cms}] }`:
// each version's rule JSON inside a CMS SignedData signed by the uploading country. The signature vouches for the
// upload to the gateway; whoever imports a download already chose to trust the gateway, so only the content is read.
const openCms = (cms: string): unknown => {
  const info = AsnConvert.parse(decodeBase64(cms), ContentInfo);
  const signed = AsnConvert.parse(info.content, SignedData);
  const content = signed.encapContentInfo.eContent;
  const octets = content?.single ?? content?.any;
  if (!octets) throw new Error("the CMS holds no rule");
  const bytes = octets instanceof ArrayBuffer ? new Uint8Array(octets) : new Uint8Array(octets.buffer);
  return JSON.parse(new TextDecoder().decode(bytes));
};

/**
 * The rules of an EU gateway download: every version of every identifier, opened from its CMS (or taken as is
 * when a mirror already unwrapped it); an entry that cannot be opened is kept as an item the reader refuses.
 */
export const unwrapGatewayItems = (download: Record<string, unknown>): unknown[] =>
  Object.entries(download).flatMap(([identifier, versions]) =>
    (Array.isArray(versions) ? versions : [versions]).map((entry) => {
      const cms = (entry as Record<string, unknown> | null)?.cms;
      if (typeof cms !== "string") return entry;
      try {
        return openCms(cms);
      } catch (error) {
        return { Identifier: identifier, unopened: (error as Error).message } satisfies UnopenedRule;
      }
    }),
  );
