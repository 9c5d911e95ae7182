"use client";

import type { TTrustedIssuerView } from "@vax/core";
import { ZTrustedIssuerInput } from "@vax/core/schemas";
import { ReadyForm, TextAreaField, TextField } from "@vax/ui";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FormActions } from "@/components/form-actions";
import { useResourceForm } from "@/lib/use-resource-form";
import { keysText } from "./key-text";

type TFormValues = { name: string; country: string; ids: string; keys: string; cscas: string };

const valuesOf = (issuer?: TTrustedIssuerView): TFormValues => ({
  name: issuer?.name ?? "",
  country: issuer?.country ?? "",
  ids: issuer?.ids.join("\n") ?? "",
  keys: issuer ? keysText(issuer.keys) : "",
  cscas: issuer?.cscas.join("\n\n") ?? "",
});

// A key the API refused comes back as `keys.<n>` ("Key 2: …"); the field shows every such message.
const messagesOf = (error: unknown): string[] => {
  if (!error || typeof error !== "object") return [];
  if ("message" in error && typeof error.message === "string" && error.message) return [error.message];
  return Object.values(error).flatMap(messagesOf);
};

/** Trusts an issuer entered by hand, or edits the one given: keys pasted as text, one block each. */
export const TrustedIssuerForm = ({ issuer }: { issuer?: TTrustedIssuerView }) => {
  const t = useTranslations("TrustIssuerForm");
  const router = useRouter();
  const { form, submit, formError } = useResourceForm<TFormValues>({
    schema: ZTrustedIssuerInput as never,
    resource: "trusted-issuers",
    id: issuer?.id,
    defaultValues: valuesOf(issuer),
    onSaved: () => {
      router.push("/trust");
      router.refresh();
    },
  });
  const { register, formState } = form;
  const error = (field: keyof TFormValues) => messagesOf(formState.errors[field]).join(" ") || undefined;
  return (
    <ReadyForm onSubmit={submit} className="grid max-w-3xl gap-4 rounded-lg border border-slate-200 bg-white p-6">
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-[2fr_1fr]">
        <TextField label={t("name")} hint={t("nameHint")} {...register("name")} error={error("name")} />
        <TextField
          label={t("country")}
          hint={t("countryHint", { example: "LK" })}
          {...register("country")}
          error={error("country")}
        />
      </div>
      <TextAreaField
        label={t("identifiers")}
        hint={t("identifiersHint", { example: "did:india" })}
        rows={3}
        {...register("ids")}
        error={error("ids")}
      />
      <TextAreaField
        label={t("keys")}
        hint={t("keysHint", { der: "base64 DER", multibase: "Ed25519 multibase", kidLine: "kid: <id>" })}
        rows={10}
        {...register("keys")}
        error={error("keys")}
      />
      <TextAreaField label={t("cscas")} hint={t("cscasHint")} rows={4} {...register("cscas")} error={error("cscas")} />
      <FormActions formError={formError} pending={formState.isSubmitting} cancelHref="/trust" />
    </ReadyForm>
  );
};
