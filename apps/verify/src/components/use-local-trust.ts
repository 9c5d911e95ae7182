"use client";

import type { RefusedTrustItem, TrustDocumentFormat } from "@vax/credentials/trust";
import { useCallback, useEffect, useState } from "react";
import {
  type LocalTrustDocument,
  loadLocalTrust,
  MAX_LOCAL_TRUST_FILE_BYTES,
  saveLocalTrust,
} from "@/lib/browser/local-trust";

/** What adding one trust document came to: the issuers kept from it and the items refused, or why nothing was. */
export type TrustDocumentReport =
  | {
      kind: "read";
      fileName: string;
      format: TrustDocumentFormat;
      added: LocalTrustDocument | null;
      refused: RefusedTrustItem[];
    }
  | { kind: "failed"; fileName: string; message: string };

/** The trust documents kept on this device, and the ways to add and remove one. */
export type LocalTrustState = {
  documents: LocalTrustDocument[];
  add: (file: File, issuerUrl: string) => Promise<TrustDocumentReport>;
  remove: (id: string) => void;
};

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

const readFile = async (file: File, issuerUrl: string, kept: readonly LocalTrustDocument[]) => {
  if (file.size > MAX_LOCAL_TRUST_FILE_BYTES) {
    throw new Error(
      `The file is ${Math.ceil(file.size / 1024)} KiB, more than the ${MAX_LOCAL_TRUST_FILE_BYTES / 1024 / 1024} MiB this page reads.`,
    );
  }
  const text = await file.text();
  // The trust reader (X.509, zod schemas) is loaded only when a checker adds a document, not with the page.
  const { readTrustDocument } = await import("@vax/credentials/trust");
  const read = await readTrustDocument(text, { now: new Date(), ...(issuerUrl.trim() ? { issuerUrl } : {}) });
  const added: LocalTrustDocument | null = read.issuers.length
    ? {
        id: crypto.randomUUID(),
        fileName: file.name,
        format: read.format,
        addedAt: new Date().toISOString(),
        issuers: read.issuers,
      }
    : null;
  if (added) saveLocalTrust(window.localStorage, [...kept, added]);
  return { read, added };
};

/**
 * The trust documents a checker added, kept in localStorage so that they hold after a reload and offline. A
 * document that cannot be read, or cannot be kept, changes nothing.
 */
export const useLocalTrust = (): LocalTrustState => {
  const [documents, setDocuments] = useState<LocalTrustDocument[]>([]);
  // Read after the first render: the server renders without the checker's storage.
  useEffect(() => setDocuments(loadLocalTrust(window.localStorage)), []);

  const add = useCallback(async (file: File, issuerUrl: string): Promise<TrustDocumentReport> => {
    try {
      const kept = loadLocalTrust(window.localStorage);
      const { read, added } = await readFile(file, issuerUrl, kept);
      if (added) setDocuments([...kept, added]);
      return { kind: "read", fileName: file.name, format: read.format, added, refused: read.refused };
    } catch (error) {
      return { kind: "failed", fileName: file.name, message: messageOf(error) };
    }
  }, []);

  const remove = useCallback((id: string) => {
    const rest = loadLocalTrust(window.localStorage).filter((document) => document.id !== id);
    try {
      saveLocalTrust(window.localStorage, rest);
      setDocuments(rest);
    } catch {
      // Storage that cannot be written keeps what it had; the list shown stays true to it.
    }
  }, []);

  return { documents, add, remove };
};
