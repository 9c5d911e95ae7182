"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { TCreatedApiClient } from "@vax/core";
import { Alert, Button, SelectField } from "@vax/ui";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { fetchJson } from "@/lib/fetch-json";
import { formatDateTime } from "@/lib/format-date-time";
import { ApiClientToken } from "./api-client-token";

const graceChoices = [
  { value: "0", label: "No time: it stops working at once (it has leaked)" },
  { value: "1", label: "1 hour" },
  { value: "24", label: "24 hours" },
  { value: "72", label: "3 days" },
  { value: "168", label: "7 days" },
] as const;

/**
 * Rotates an API client's token after the admin confirms and chooses how long the current token
 * keeps working, then shows the new token once.
 */
export const RotateToken = ({ id, name }: { id: string; name: string }) => {
  const [confirming, setConfirming] = useState(false);
  const [graceHours, setGraceHours] = useState("24");
  const headingId = useId();
  const queryClient = useQueryClient();
  const router = useRouter();
  const rotation = useMutation({
    mutationFn: () =>
      fetchJson<TCreatedApiClient>(`/api/v1/api-clients/${id}/rotate`, {
        method: "POST",
        body: JSON.stringify({ graceHours: Number(graceHours) }),
      }),
    // The page around this is server-rendered: refresh it so its token facts show the rotation.
    onSuccess: async () => {
      setConfirming(false);
      await queryClient.invalidateQueries({ queryKey: ["api-clients"] });
      router.refresh();
    },
  });
  if (rotation.data) {
    const { client, token } = rotation.data;
    const oldUntil = client.previousTokenExpiresAt;
    return (
      <ApiClientToken name={name} token={token} expiresAt={client.expiresAt} heading="Copy the new token now">
        <p className="text-sm text-amber-900">
          Put the new token in the calling system in place of the old one.{" "}
          {oldUntil && new Date(oldUntil) > new Date()
            ? `The old token keeps working until ${formatDateTime(oldUntil)}.`
            : "The old token no longer works."}
        </p>
      </ApiClientToken>
    );
  }
  if (!confirming) {
    return (
      <div>
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          Rotate token
        </Button>
      </div>
    );
  }
  return (
    <section
      aria-labelledby={headingId}
      className="flex max-w-2xl flex-col gap-3 rounded-lg border border-slate-300 bg-white p-6"
    >
      <h2 id={headingId} className="text-lg font-semibold text-slate-900">
        Rotate the token of “{name}”?
      </h2>
      <p className="text-sm text-slate-700">
        A new token is made and shown once. The calling system must be given it before the current token stops working.
      </p>
      <SelectField
        label="The current token keeps working for"
        value={graceHours}
        onChange={(event) => setGraceHours(event.target.value)}
        options={graceChoices}
      />
      {rotation.error ? <Alert tone="error">{rotation.error.message}</Alert> : null}
      <div className="flex gap-3">
        <Button variant="danger" disabled={rotation.isPending} onClick={() => rotation.mutate()}>
          {rotation.isPending ? "Rotating…" : "Rotate now"}
        </Button>
        <Button variant="secondary" disabled={rotation.isPending} onClick={() => setConfirming(false)}>
          Cancel
        </Button>
      </div>
    </section>
  );
};
