"use client";

import type { TApiClientView, TCreatedApiClient } from "@vax/core";
import { apiScopes, type TApiClientCreateInput, ZApiClientCreateInput, ZApiClientInput } from "@vax/core/schemas";
import { ReadyForm, TextField } from "@vax/ui";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormActions } from "@/components/form-actions";
import { useResourceForm } from "@/lib/use-resource-form";
import { ApiClientToken } from "./api-client-token";
import { useScopeDescriptions } from "./scope-labels";

const valuesOf = (client?: TApiClientView): TApiClientCreateInput =>
  client
    ? { name: client.name, scopes: client.scopes as TApiClientCreateInput["scopes"] }
    : { name: "", scopes: [], expiresAt: "" };

/** Creates an API client, with an optional expiry, and shows its token once; or edits the one given. */
export const ApiClientForm = ({ client }: { client?: TApiClientView }) => {
  const t = useTranslations("ApiClientForm");
  const scopeDescriptions = useScopeDescriptions();
  const router = useRouter();
  const [created, setCreated] = useState<TCreatedApiClient | null>(null);
  const { form, submit, formError } = useResourceForm<TApiClientCreateInput>({
    // The token's expiry is set when it is made (or rotated), so only a new client has the field.
    schema: client ? ZApiClientInput : ZApiClientCreateInput,
    resource: "api-clients",
    id: client?.id,
    defaultValues: valuesOf(client),
    onSaved: (saved) => {
      if (client) {
        router.push("/api-clients");
        router.refresh();
        return;
      }
      // Creating answers { client, token } rather than the record itself.
      setCreated(saved as unknown as TCreatedApiClient);
    },
  });
  if (created) {
    return <ApiClientToken name={created.client.name} token={created.token} expiresAt={created.client.expiresAt} />;
  }
  const { register, formState } = form;
  const scopesError = formState.errors.scopes?.message ?? formState.errors.scopes?.root?.message;
  return (
    <ReadyForm onSubmit={submit} className="grid max-w-2xl gap-4 rounded-lg border border-slate-200 bg-white p-6">
      <TextField label={t("name")} hint={t("nameHint")} {...register("name")} error={formState.errors.name?.message} />
      <fieldset aria-describedby={scopesError ? "scopes-error" : undefined} className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium text-slate-700">{t("scopes")}</legend>
        {apiScopes.map((scope) => (
          <div key={scope} className="flex items-start gap-2">
            <input
              id={`scope-${scope}`}
              type="checkbox"
              value={scope}
              aria-describedby={`scope-${scope}-description`}
              className="mt-1"
              {...register("scopes")}
            />
            <div className="flex flex-col">
              <label htmlFor={`scope-${scope}`} className="font-mono text-sm">
                {scope}
              </label>
              <span id={`scope-${scope}-description`} className="text-xs text-slate-500">
                {scopeDescriptions[scope]}
              </span>
            </div>
          </div>
        ))}
        {scopesError ? (
          <p id="scopes-error" role="alert" className="text-sm text-red-700">
            {scopesError}
          </p>
        ) : null}
      </fieldset>
      {client ? null : (
        <TextField
          label={t("expiresOn")}
          type="date"
          hint={t("expiresOnHint")}
          {...register("expiresAt")}
          error={formState.errors.expiresAt?.message}
        />
      )}
      <FormActions formError={formError} pending={formState.isSubmitting} cancelHref="/api-clients" />
    </ReadyForm>
  );
};
