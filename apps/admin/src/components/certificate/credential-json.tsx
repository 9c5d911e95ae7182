import { getTranslations } from "next-intl/server";
import { Section } from "./section";

/** The signed credential as stored, folded away until asked for. */
export const CredentialJson = async ({ credential }: { credential: Record<string, unknown> }) => {
  const t = await getTranslations("CertificateCredential");
  return (
    <Section id="certificate-credential" title={t("title")}>
      <details>
        <summary className="cursor-pointer text-sm text-teal-800">{t("show")}</summary>
        <pre className="mt-3 max-h-[32rem] overflow-auto whitespace-pre-wrap break-all rounded bg-slate-50 p-3 font-mono text-xs">
          {JSON.stringify(credential, null, 2)}
        </pre>
      </details>
    </Section>
  );
};
