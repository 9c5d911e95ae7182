"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { signingKeyKinds, type TSigningKeyKind } from "@vax/core/schemas";
import { Alert, Button, SelectField } from "@vax/ui";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { fetchJson } from "@/lib/fetch-json";
import { useKeyLabels } from "./key-labels";

/** Generates a pending key of the kind chosen, for the tenant given (the platform admin's choice) or one's own. */
export const KeyGenerate = ({ tenantId }: { tenantId?: string }) => {
  const t = useTranslations("KeyGenerate");
  const { kinds } = useKeyLabels();
  const [kind, setKind] = useState<TSigningKeyKind>("VC");
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: () => fetchJson("/api/v1/keys", { method: "POST", body: JSON.stringify({ kind, tenantId }) }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["keys"] }),
  });
  return (
    <form
      className="flex flex-wrap items-end gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        mutation.mutate();
      }}
    >
      <SelectField
        label={t("kind")}
        options={signingKeyKinds.map(({ value }) => ({ value, label: kinds[value] }))}
        value={kind}
        onChange={(event) => setKind(event.target.value as TSigningKeyKind)}
      />
      <Button type="submit" disabled={mutation.isPending}>
        {mutation.isPending ? t("generating") : t("generate")}
      </Button>
      {mutation.error ? <Alert tone="error">{mutation.error.message}</Alert> : null}
    </form>
  );
};
