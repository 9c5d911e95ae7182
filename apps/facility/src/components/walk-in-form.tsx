"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import type { TRecipientView } from "@vax/core";
import { identityTypeLabels, identityTypes, type TRecipientInput, ZRecipientInput } from "@vax/core/schemas";
import { Alert, Button, ReadyForm, SelectField, TextField } from "@vax/ui";
import { useState } from "react";
import { type Path, useForm } from "react-hook-form";
import { callApi } from "@/lib/api-call";

const blank: TRecipientInput = {
  name: "",
  dateOfBirth: "",
  age: "",
  gender: "" as never,
  identityType: "AADHAAR",
  identityNumber: "",
  mobile: "",
  email: "",
  nationality: "IN",
};

const genderOptions = [
  { value: "", label: "Choose…" },
  { value: "FEMALE", label: "Female" },
  { value: "MALE", label: "Male" },
  { value: "OTHER", label: "Other" },
];

const identityOptions = identityTypes.map((type) => ({ value: type, label: identityTypeLabels[type] }));

/**
 * Registers a walk-in, checked in the browser with the same schema as the API. When the identity
 * document is already registered, it offers to open that person instead of making a second one.
 */
export const WalkInForm = ({
  online,
  onRegistered,
  onFind,
  onCancel,
}: {
  online: boolean;
  onRegistered: (recipient: TRecipientView) => void;
  onFind: (q: string) => void;
  onCancel: () => void;
}) => {
  const form = useForm<TRecipientInput>({
    // biome-ignore lint/suspicious/noExplicitAny: the resolver's generics cannot follow a transforming schema's input type
    resolver: zodResolver(ZRecipientInput as any) as any,
    defaultValues: blank,
  });
  const [formError, setFormError] = useState<string | null>(null);
  const [duplicate, setDuplicate] = useState<string | null>(null);
  const { register, formState, getValues } = form;
  const error = (field: keyof TRecipientInput) => formState.errors[field]?.message as string | undefined;

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    setDuplicate(null);
    const outcome = await callApi<TRecipientView>("/api/v1/recipients", {
      method: "POST",
      body: JSON.stringify(values),
    });
    if (outcome.kind === "ok") return onRegistered(outcome.body);
    if (outcome.kind === "unreachable")
      return setFormError("Could not reach the server. Registering a walk-in needs a connection.");
    for (const detail of outcome.error.details) {
      if (detail.path) form.setError(detail.path as Path<TRecipientInput>, { message: detail.message });
    }
    if (outcome.status === 409) setDuplicate(String(getValues("identityNumber")));
    setFormError(outcome.error.message);
  });

  return (
    <section aria-labelledby="walk-in-heading" className="flex flex-col gap-4">
      <h1 id="walk-in-heading" className="text-2xl font-semibold text-slate-900">
        Register a walk-in
      </h1>
      {online ? null : (
        <Alert tone="info">Offline: registering needs a connection. Recipients opened before can still be found.</Alert>
      )}
      <ReadyForm onSubmit={submit} className="grid gap-4 rounded-lg border border-slate-200 bg-white p-6">
        {formError ? (
          <Alert tone="error">
            {formError}
            {duplicate ? (
              <span className="ml-2">
                <Button variant="secondary" onClick={() => onFind(duplicate)}>
                  Find this recipient
                </Button>
              </span>
            ) : null}
          </Alert>
        ) : null}
        <TextField label="Name" autoComplete="off" {...register("name")} error={error("name")} />
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
          <TextField label="Date of birth" type="date" {...register("dateOfBirth")} error={error("dateOfBirth")} />
          <TextField
            label="Age in years"
            hint="Only when the date of birth is not known"
            type="number"
            min={0}
            max={120}
            {...register("age")}
            error={error("age")}
          />
          <SelectField label="Gender" options={genderOptions} {...register("gender")} error={error("gender")} />
        </div>
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <SelectField
            label="Identity document"
            options={identityOptions}
            {...register("identityType")}
            error={error("identityType")}
          />
          <TextField
            label="Identity number"
            autoComplete="off"
            {...register("identityNumber")}
            error={error("identityNumber")}
          />
        </div>
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
          <TextField
            label="Mobile number"
            type="tel"
            inputMode="numeric"
            hint="10 digits"
            {...register("mobile")}
            error={error("mobile")}
          />
          <TextField label="E-mail (optional)" type="email" {...register("email")} error={error("email")} />
          <TextField
            label="Nationality"
            hint="Two-letter country code"
            maxLength={2}
            {...register("nationality")}
            error={error("nationality")}
          />
        </div>
        <div className="flex gap-3">
          <Button type="submit" disabled={formState.isSubmitting || !online}>
            {formState.isSubmitting ? "Registering…" : "Register"}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        </div>
      </ReadyForm>
    </section>
  );
};
