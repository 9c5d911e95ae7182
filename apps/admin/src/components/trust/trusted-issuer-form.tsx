"use client";

import type { TTrustedIssuerView } from "@vax/core";
import { ZTrustedIssuerInput } from "@vax/core/schemas";
import { ReadyForm, TextAreaField, TextField } from "@vax/ui";
import { useRouter } from "next/navigation";
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
        <TextField
          label="Name"
          hint="As the verifier shows it, such as Ministry of Health, Sri Lanka"
          {...register("name")}
          error={error("name")}
        />
        <TextField label="Country" hint="Two letters, such as LK" {...register("country")} error={error("country")} />
      </div>
      <TextAreaField
        label="Identifiers"
        hint="One per line: a DID, an SHC issuer URL, a DCC issuing country, or a DIVOC verification method such as did:india"
        rows={3}
        {...register("ids")}
        error={error("ids")}
      />
      <TextAreaField
        label="Keys"
        hint="A blank line between keys. Each a PEM public key, an X.509 certificate (PEM or base64 DER), a JWK or an Ed25519 multibase key; a first line kid: <id> names it."
        rows={10}
        {...register("keys")}
        error={error("keys")}
      />
      <TextAreaField
        label="CSCA certificates (optional)"
        hint="The country signing CAs its document signers chain to, a blank line between them"
        rows={4}
        {...register("cscas")}
        error={error("cscas")}
      />
      <FormActions formError={formError} pending={formState.isSubmitting} cancelHref="/trust" />
    </ReadyForm>
  );
};
