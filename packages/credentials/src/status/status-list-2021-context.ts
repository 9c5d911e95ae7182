import type { DocumentLoader } from "../w3c/index.ts";

/** The URL StatusList2021 credentials name in their `@context`. */
export const STATUS_LIST_2021_CONTEXT_URL = "https://w3id.org/vc/status-list/2021/v1";

const term = (name: string) => `https://w3id.org/vc/status-list#${name}`;

/** The StatusList2021 JSON-LD context (w3c-ccg vc-status-list-2021 `contexts/v1.jsonld`), bundled so it is never fetched. */
export const statusList2021Context: Record<string, unknown> = {
  "@context": {
    "@protected": true,
    StatusList2021Credential: {
      "@id": term("StatusList2021Credential"),
      "@context": {
        "@protected": true,
        id: "@id",
        type: "@type",
        description: "http://schema.org/description",
        name: "http://schema.org/name",
      },
    },
    StatusList2021: {
      "@id": term("StatusList2021"),
      "@context": {
        "@protected": true,
        id: "@id",
        type: "@type",
        statusPurpose: term("statusPurpose"),
        encodedList: term("encodedList"),
      },
    },
    StatusList2021Entry: {
      "@id": term("StatusList2021Entry"),
      "@context": {
        "@protected": true,
        id: "@id",
        type: "@type",
        statusPurpose: term("statusPurpose"),
        statusListIndex: term("statusListIndex"),
        statusListCredential: { "@id": term("statusListCredential"), "@type": "@id" },
      },
    },
  },
};

/** Wraps a document loader so it also answers the StatusList2021 context, which the w3c loader does not bundle. */
export const withStatusList2021Context = (loader: DocumentLoader): DocumentLoader => {
  const answer = { contextUrl: null, documentUrl: STATUS_LIST_2021_CONTEXT_URL, document: statusList2021Context };
  return async (url: string) => (url === STATUS_LIST_2021_CONTEXT_URL ? answer : loader(url));
};
