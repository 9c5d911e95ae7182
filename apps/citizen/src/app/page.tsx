import { SignOutButton } from "@vax/auth/sign-out-button";
import { displayMobile, listCitizenCertificates, listCitizenCorrectionRequests } from "@vax/core";
import { PageHeader } from "@vax/ui";
import type { Metadata } from "next";
import { CorrectionRequests } from "@/components/correction-requests";
import { PersonCertificates } from "@/components/person-certificates";
import { SiteHeader } from "@/components/site-header";
import { requireCitizen } from "@/lib/citizen-session";

export const metadata: Metadata = { title: "Your certificates" };

/** The signed-in citizen's certificates, for everyone registered on their number. */
const CertificatesPage = async () => {
  const { mobile } = await requireCitizen("/");
  const [people, requests] = await Promise.all([
    listCitizenCertificates({ mobile }),
    listCitizenCorrectionRequests({ mobile }),
  ]);
  const waiting = new Set(requests.filter(({ status }) => status === "OPEN").map(({ certificateId }) => certificateId));
  return (
    <>
      <SiteHeader>
        <span className="hidden sm:inline">Signed in as {displayMobile(mobile)}</span>
        <SignOutButton />
      </SiteHeader>
      <main className="mx-auto max-w-4xl px-4 py-8 sm:px-6">
        <PageHeader
          title="Your certificates"
          description={`Everyone registered on ${displayMobile(mobile)}. Download the PDF to print or share, or the QR code to show on your phone.`}
        />
        {people.length === 0 ? (
          <div className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center">
            <h2 className="font-semibold text-slate-900">No certificates on this number yet</h2>
            <p className="mt-2 text-sm text-slate-600">
              Certificates appear here once a dose is recorded for someone registered with {displayMobile(mobile)}. If
              you gave another number when you were vaccinated, sign out and use that one.
            </p>
          </div>
        ) : (
          <div className="flex flex-col gap-6">
            {people.map((person) => (
              <PersonCertificates key={person.recipientId} person={person} waiting={waiting} />
            ))}
            <CorrectionRequests requests={requests} />
          </div>
        )}
      </main>
    </>
  );
};

export default CertificatesPage;
