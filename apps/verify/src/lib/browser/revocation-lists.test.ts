import type { StatusQuery } from "@vax/credentials/verify";
import { afterEach, describe, expect, it, vi } from "vitest";
import { NotPublishedError } from "./issuer-data-cache";
import {
  createKeptRevocationLookup,
  dccRevocationListUrl,
  dccRevocationOverviewUrl,
  keepRevocationLists,
  shcCrlUrl,
  shcJwksUrl,
} from "./revocation-lists";

const origin = "http://localhost:3003";
const iss = `${origin}/tenants/demo-ministry`;
const dccKid = "ab+/cdEFgh0=";
const shcKid = "3Kfdg-XwP-7gXyywtUfUADwBumDOPKMQx-iELL11W9s";
const otherShcKid = "EBKOr72QQDcTBUuVzAzkfBTGew0ZA16GuWty64nS-sw";
const hashes = {
  SIGNATURE: "0123456789abcdef0123456789abcdef",
  UCI: "11111111111111111111111111111111",
  COUNTRYCODEUCI: "22222222222222222222222222222222",
};
const future = new Date(Date.now() + 86_400_000).toISOString();
const dccList = (uci: string[], expires = future) => ({
  kid: dccKid,
  hashTypes: ["SIGNATURE", "UCI", "COUNTRYCODEUCI"],
  hashes: { SIGNATURE: [], UCI: uci, COUNTRYCODEUCI: [] },
  lastUpdated: new Date().toISOString(),
  expires,
});
const crl = (rids: string[]) => ({ kid: shcKid, method: "rid", ctr: 1_765_000_000_123, rids });

// The documents a verify app serves, by URL; anything else is not published.
const serve = (documents: Record<string, unknown>) => {
  const asked: string[] = [];
  vi.stubGlobal("fetch", async (url: string) => {
    asked.push(url);
    const document = documents[url];
    if (document instanceof Response) return document;
    return document === undefined ? new Response("{}", { status: 404 }) : Response.json(document);
  });
  return asked;
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the revocation lists' URLs", () => {
  it("put a DSC kid in the path as base64url and an SHC key's CRL and JWKS under the issuer's iss", () => {
    expect(dccRevocationListUrl(origin, dccKid)).toBe(`${origin}/api/v1/dcc-revocation/lists/ab-_cdEFgh0=/hashes`);
    expect(shcJwksUrl(iss)).toBe(`${iss}/.well-known/jwks.json`);
    expect(shcCrlUrl(iss, shcKid)).toBe(`${iss}/.well-known/crl/${shcKid}.json`);
  });
});

describe("keepRevocationLists", () => {
  it("keeps every DSC's list the overview names and the CRL of each key whose JWK has a crlVersion", async () => {
    const brokenKid = "AAAAAAAAAAA=";
    const asked = serve({
      [dccRevocationOverviewUrl(origin)]: [{ kid: dccKid }, { kid: brokenKid }],
      [dccRevocationListUrl(origin, dccKid)]: dccList([]),
      [dccRevocationListUrl(origin, brokenKid)]: new Response("busy", { status: 503 }),
      [shcJwksUrl(iss)]: { keys: [{ kid: shcKid, crlVersion: 1_765_000_000_123 }, { kid: otherShcKid }] },
      [shcCrlUrl(iss, shcKid)]: crl([]),
    });
    const kept = await keepRevocationLists(origin, [iss, `${origin}/tenants/gone`]);
    expect(kept.lists.map((list) => list.url).sort()).toEqual(
      [dccRevocationListUrl(origin, dccKid), shcCrlUrl(iss, shcKid)].sort(),
    );
    expect(kept.lists.every((list) => list.fresh)).toBe(true);
    expect(kept.indexes.map((index) => index.url).sort()).toEqual([dccRevocationOverviewUrl(origin), shcJwksUrl(iss)]);
    // A key without crlVersion has no CRL to fetch, and an issuer without a JWKS has none at all.
    expect(asked).not.toContain(shcCrlUrl(iss, otherShcKid));
    expect(asked.filter((url) => url.includes("/tenants/gone/"))).toEqual([
      `${origin}/tenants/gone/.well-known/jwks.json`,
    ]);
  });

  it("keeps nothing from an overview or JWKS that is not the expected shape", async () => {
    serve({
      [dccRevocationOverviewUrl(origin)]: { lists: "all" },
      [shcJwksUrl(iss)]: { keys: [{ kid: "../../admin", crlVersion: 1 }] },
    });
    expect((await keepRevocationLists(origin, [iss])).lists).toEqual([]);
  });
});

describe("createKeptRevocationLookup", () => {
  const dccQuery: StatusQuery = { purpose: "revocation", format: "eu-dcc", kid: dccKid, dccHashes: hashes };
  const shcQuery = (issuer: string): StatusQuery => ({
    purpose: "revocation",
    format: "shc",
    issuer,
    id: "vwAjHdarZuc",
    kid: shcKid,
  });
  const lookupOver = (documents: Record<string, unknown>) => {
    const read = vi.fn(async (url: string) => {
      const document = documents[url];
      if (document instanceof Error) throw document;
      if (document === undefined) throw new NotPublishedError(url);
      return document;
    });
    return { read, lookup: createKeptRevocationLookup({ origin, issuers: [iss], read }) };
  };

  it("says a DCC whose hash is on its signer's list is revoked, and one that is not, not", async () => {
    const overview = { [dccRevocationOverviewUrl(origin)]: [{ kid: dccKid }] };
    const revoked = lookupOver({ ...overview, [dccRevocationListUrl(origin, dccKid)]: dccList([hashes.UCI]) });
    expect(await revoked.lookup(dccQuery)).toBe(true);
    const fine = lookupOver({ ...overview, [dccRevocationListUrl(origin, dccKid)]: dccList(["33".repeat(16)]) });
    expect(await fine.lookup(dccQuery)).toBe(false);
    // The lists answer revocation only: neither format can say suspended.
    expect(await fine.lookup({ ...dccQuery, purpose: "suspension" })).toBeUndefined();
  });

  it("does not cover a DCC of a signer the platform does not publish, and fails on an expired or missing list", async () => {
    const foreign = lookupOver({ [dccRevocationOverviewUrl(origin)]: [{ kid: "AAAAAAAAAAA=" }] });
    expect(await foreign.lookup(dccQuery)).toBeUndefined();
    expect(foreign.read).toHaveBeenCalledTimes(1);
    const overview = { [dccRevocationOverviewUrl(origin)]: [{ kid: dccKid }] };
    const expired = lookupOver({ ...overview, [dccRevocationListUrl(origin, dccKid)]: dccList([], "2020-01-01") });
    await expect(expired.lookup(dccQuery)).rejects.toThrow(/expired/);
    const offline = lookupOver({ ...overview, [dccRevocationListUrl(origin, dccKid)]: new TypeError("offline") });
    await expect(offline.lookup(dccQuery)).rejects.toThrow("offline");
  });

  it("says a card whose rid is on its key's CRL is revoked, only for the platform's own issuers", async () => {
    const revoked = lookupOver({ [shcCrlUrl(iss, shcKid)]: crl(["FKDIxsTCGlU", "vwAjHdarZuc"]) });
    expect(await revoked.lookup(shcQuery(iss))).toBe(true);
    const fine = lookupOver({ [shcCrlUrl(iss, shcKid)]: crl(["FKDIxsTCGlU"]) });
    expect(await fine.lookup(shcQuery(iss))).toBe(false);
    expect(await fine.lookup(shcQuery("https://spec.smarthealth.cards/examples/issuer"))).toBeUndefined();
    expect(fine.read).toHaveBeenCalledTimes(1);
    // A key the issuer publishes no CRL for is not covered; a CRL out of reach is not checked.
    expect(await lookupOver({}).lookup(shcQuery(iss))).toBeUndefined();
    const offline = lookupOver({ [shcCrlUrl(iss, shcKid)]: new TypeError("offline") });
    await expect(offline.lookup(shcQuery(iss))).rejects.toThrow("offline");
  });
});
