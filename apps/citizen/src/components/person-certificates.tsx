import type { TCitizenPerson } from "@vax/core";
import { useTranslations } from "next-intl";
import { CertificateCard } from "./certificate-card";
import { CredentialCard } from "./credential-card";
import { useFormatDate } from "./use-format-date";

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join("");

/**
 * A person on the citizen's number: their current certificates, and the earlier ones (replaced by
 * a correction, or an earlier dose) folded away. `waiting` holds the certificates with a
 * correction request waiting for review.
 */
export const PersonCertificates = ({ person, waiting }: { person: TCitizenPerson; waiting: ReadonlySet<string> }) => {
  const t = useTranslations("Person");
  const formatDate = useFormatDate();
  const headingId = `person-${person.recipientId}`;
  const current = person.certificates.filter((certificate) => certificate.current);
  const earlier = person.certificates.filter((certificate) => !certificate.current);
  return (
    <section aria-labelledby={headingId} className="rounded-xl border border-slate-200 bg-slate-100/60 p-4 sm:p-5">
      <div className="mb-4 flex items-center gap-3">
        <span
          aria-hidden="true"
          className="flex h-10 w-10 items-center justify-center rounded-full bg-teal-700 text-sm font-semibold text-white"
        >
          {initials(person.name)}
        </span>
        <div>
          <h2 id={headingId} className="text-lg font-semibold text-slate-900">
            {person.name}
          </h2>
          {person.birthDate ? (
            <p className="text-sm text-slate-600">{t("born", { date: formatDate(person.birthDate) })}</p>
          ) : null}
        </div>
      </div>
      {person.credentials.length > 0 ? (
        <div className="mb-3 flex flex-col gap-3">
          {person.credentials.map((credential) => (
            <CredentialCard key={credential.certificateId} credential={credential} />
          ))}
        </div>
      ) : null}
      {person.certificates.length === 0 && person.credentials.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-600">
          {t("none")}
        </p>
      ) : person.certificates.length === 0 ? null : (
        <div className="flex flex-col gap-3">
          {current.map((certificate) => (
            <CertificateCard
              key={certificate.certificateId}
              certificate={certificate}
              correctionWaiting={waiting.has(certificate.certificateId)}
            />
          ))}
          {earlier.length > 0 ? (
            <details className="group rounded-lg">
              <summary className="cursor-pointer text-sm font-medium text-slate-700 hover:text-slate-900">
                {t("earlier", { count: earlier.length })}
              </summary>
              <div className="mt-3 flex flex-col gap-3">
                {earlier.map((certificate) => (
                  <CertificateCard
                    key={certificate.certificateId}
                    certificate={certificate}
                    correctionWaiting={waiting.has(certificate.certificateId)}
                  />
                ))}
              </div>
            </details>
          ) : null}
        </div>
      )}
    </section>
  );
};
