import { describe, expect, it } from "vitest";
import { CREDENTIALS_V1_URL, createDivocDocumentLoader, unknownContexts } from "./document-loader.ts";

const OWN = "https://divoc.health.gov.lk/credentials/vaccination/v1";

describe("the DIVOC document loader with a deployment's own contexts", () => {
  it("serves a given context, and never lets one replace a bundled context", async () => {
    const own = { "@context": { lk: OWN } };
    const loader = createDivocDocumentLoader({ contexts: { [OWN]: own, [CREDENTIALS_V1_URL]: { "@context": {} } } });
    expect((await loader(OWN)).document).toBe(own);
    expect((await loader(CREDENTIALS_V1_URL)).document).not.toEqual({ "@context": {} });
  });

  it("names the contexts it would not know, without fetching them", () => {
    const credential = { "@context": [CREDENTIALS_V1_URL, OWN, { inline: "https://x.example/" }] };
    expect(unknownContexts(credential)).toEqual([OWN]);
    expect(unknownContexts(credential, { contexts: { [OWN]: {} } })).toEqual([]);
  });
});
