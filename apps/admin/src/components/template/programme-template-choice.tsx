"use client";

import type { TTemplateView } from "@vax/core";
import { Alert, Button, SelectField } from "@vax/ui";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ApiError, fetchJson } from "@/lib/fetch-json";

/** Props of {@link ProgrammeTemplateChoice}. */
export type ProgrammeTemplateChoiceProps = {
  template: TTemplateView;
  programmes: ReadonlyArray<{ id: string; name: string }>;
};

/**
 * Chooses which version of this template a programme prints with, or puts a programme back on the
 * built-in look. Every PDF of the programme printed from then on changes; its signed credentials do not.
 */
export const ProgrammeTemplateChoice = ({ template, programmes }: ProgrammeTemplateChoiceProps) => {
  const router = useRouter();
  const t = useTranslations("TemplateProgrammeChoice");
  const [programmeId, setProgrammeId] = useState(programmes[0]?.id ?? "");
  const [versionId, setVersionId] = useState(template.versions[0]?.id ?? "");
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const choose = async (programme: string, templateVersionId: string | null) => {
    setMessage(null);
    try {
      await fetchJson(`/api/v1/programmes/${programme}/template`, {
        method: "PUT",
        body: JSON.stringify({ templateVersionId }),
      });
      const name = programmes.find(({ id }) => id === programme)?.name ?? t("theProgramme");
      const version = template.versions.find(({ id }) => id === templateVersionId)?.version;
      setMessage({
        tone: "success",
        text: version ? t("printsVersion", { name, version }) : t("printsBuiltIn", { name }),
      });
      router.refresh();
    } catch (error) {
      setMessage({ tone: "error", text: error instanceof ApiError ? error.message : t("unreachable") });
    }
  };
  return (
    <section aria-labelledby="programme-choice-heading" className="rounded-lg border border-slate-200 bg-white p-6">
      <h2 id="programme-choice-heading" className="mb-3 text-base font-semibold text-slate-900">
        {t("heading")}
      </h2>
      {template.programmes.length ? (
        <ul className="mb-4 flex flex-col gap-2 text-sm">
          {template.programmes.map((programme) => (
            <li key={programme.id} className="flex flex-wrap items-center justify-between gap-2">
              <span>{t("programmeVersion", { name: programme.name, version: programme.version })}</span>
              <Button variant="secondary" onClick={() => choose(programme.id, null)}>
                {t("useBuiltIn", { name: programme.name })}
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mb-4 text-sm text-slate-600">{t("none")}</p>
      )}
      <div className="grid grid-cols-1 items-end gap-3 sm:grid-cols-[1fr_auto_auto]">
        <SelectField
          label={t("programme")}
          value={programmeId}
          onChange={(event) => setProgrammeId(event.target.value)}
          options={programmes.map(({ id, name }) => ({ value: id, label: name }))}
        />
        <SelectField
          label={t("version")}
          value={versionId}
          onChange={(event) => setVersionId(event.target.value)}
          options={template.versions.map(({ id, version }) => ({ value: id, label: t("versionOption", { version }) }))}
        />
        <Button disabled={!programmeId || !versionId} onClick={() => choose(programmeId, versionId)}>
          {t("use")}
        </Button>
      </div>
      {message ? (
        <div className="mt-3">
          <Alert tone={message.tone}>{message.text}</Alert>
        </div>
      ) : null}
    </section>
  );
};
