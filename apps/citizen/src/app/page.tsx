import { SignOutButton } from "@vax/auth/sign-out-button";
import { displayMobile, listCitizenCertificates, listCitizenCorrectionRequests } from "@vax/core";
import { PageHeader } from "@vax/ui";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CorrectionRequests } from "@/components/correction-requests";
import { PersonCertificates } from "@/components/person-certificates";
import { SiteHeader } from "@/components/site-header";
import { requireCitizen } from "@/lib/citizen-session";

/** The page's title in the reader's language. */
export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations("Home"))("title"),
});

/** The signed-in citizen's certificates, for everyone registered on their number. */
const CertificatesPage = async () => {
  const { mobile } = await requireCitizen("/");
  const [people, requests] = await Promise.all([
    listCitizenCertificates({ mobile }),
    listCitizenCorrectionRequests({ mobile }),
  ]);
  const t = await getTranslations("Home");
  const number = displayMobile(mobile);
  const waiting = new Set(requests.filter(({ status }) => status === "OPEN").map(({ certificateId }) => certificateId));
  return (
    <>
      <SiteHeader>
        <span className="hidden sm:inline">{t("signedInAs", { number })}</span>
        <SignOutButton label={t("signOut")} />
      </SiteHeader>
      <main className="mx-auto max-w-4xl px-4 py-8 sm:px-6">
        <PageHeader title={t("title")} description={t("description", { number })} />
        {people.length === 0 ? (
          <div className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center">
            <h2 className="font-semibold text-slate-900">{t("emptyHeading")}</h2>
            <p className="mt-2 text-sm text-slate-600">{t("empty", { number })}</p>
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
