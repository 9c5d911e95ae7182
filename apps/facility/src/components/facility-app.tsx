"use client";

import type { TCertificateView, TRecipientView } from "@vax/core";
import { useEffect, useMemo, useState } from "react";
import { syncOutbox } from "@/lib/offline/dose-outbox";
import { FacilityDatabase } from "@/lib/offline/facility-database";
import { useOnline } from "@/lib/use-online";
import type { TProgrammeChoice } from "@/lib/workplace-choices";
import { AppHeader } from "./app-header";
import { CertificateSlip } from "./certificate-slip";
import { OutboxPanel } from "./outbox-panel";
import { RecipientPanel } from "./recipient-panel";
import { RecipientSearch } from "./recipient-search";
import { WalkInForm } from "./walk-in-form";

/** Props of {@link FacilityApp}: who is signed in where, and what the facility gives. */
export type FacilityAppProps = {
  userId: string;
  header: { facilityName: string; signedInAs: string };
  programmes: TProgrammeChoice[];
};

const RETRY_MS = 30_000;

type TView =
  | { kind: "search"; q: string }
  | { kind: "register" }
  | { kind: "recipient"; recipient: TRecipientView }
  | { kind: "certificate"; certificate: TCertificateView; recipientName: string };

/**
 * The whole facility app in one page, so that it keeps working offline once the page is stored:
 * moving between search, registration, the recipient and the certificate never asks the server
 * for another page.
 */
export const FacilityApp = ({ userId, header, programmes }: FacilityAppProps) => {
  const db = useMemo(() => new FacilityDatabase(userId), [userId]);
  const online = useOnline();
  const [view, setView] = useState<TView>({ kind: "search", q: "" });

  // Sends what was queued when the app opens and whenever the connection comes back, and retries
  // now and then meanwhile: "online" only means a network, not that the server answered.
  useEffect(() => {
    if (!online) return;
    const sync = () => syncOutbox(db).catch(console.error);
    sync();
    const timer = window.setInterval(sync, RETRY_MS);
    return () => window.clearInterval(timer);
  }, [db, online]);

  const openCertificate = (certificate: TCertificateView, recipientName: string) =>
    setView({ kind: "certificate", certificate, recipientName });

  return (
    <div className="min-h-screen">
      <AppHeader {...header} online={online} db={db} />
      <div className="mx-auto grid grid-cols-1 max-w-6xl gap-6 px-4 py-6 lg:grid-cols-[1fr_20rem]">
        <main className="min-w-0">
          {view.kind === "search" ? (
            <RecipientSearch
              db={db}
              online={online}
              initialQuery={view.q}
              onOpen={(recipient) => setView({ kind: "recipient", recipient })}
              onRegister={() => setView({ kind: "register" })}
            />
          ) : null}
          {view.kind === "register" ? (
            <WalkInForm
              online={online}
              onRegistered={(recipient) => setView({ kind: "recipient", recipient })}
              onFind={(q) => setView({ kind: "search", q })}
              onCancel={() => setView({ kind: "search", q: "" })}
            />
          ) : null}
          {view.kind === "recipient" ? (
            <RecipientPanel
              key={view.recipient.id}
              db={db}
              online={online}
              recipient={view.recipient}
              programmes={programmes}
              onIssued={(certificate) => openCertificate(certificate, view.recipient.name)}
              onBack={() => setView({ kind: "search", q: "" })}
            />
          ) : null}
          {view.kind === "certificate" ? (
            <CertificateSlip
              certificate={view.certificate}
              recipientName={view.recipientName}
              onDone={() => setView({ kind: "search", q: "" })}
            />
          ) : null}
        </main>
        <OutboxPanel db={db} online={online} onShowCertificate={openCertificate} />
      </div>
    </div>
  );
};
