"use client";

import { Alert, Button } from "@vax/ui";
import { useTranslations } from "next-intl";
import { useSetActive } from "@/lib/use-set-active";

/** Deactivate / reactivate button of a record's edit page. */
export const ActiveToggle = ({
  resource,
  id,
  active,
  noun,
}: {
  resource: string;
  id: string;
  active: boolean;
  noun: string;
}) => {
  const mutation = useSetActive(resource, id);
  const t = useTranslations("PortalActiveToggle");
  return (
    <div className="flex flex-col gap-2">
      {mutation.error ? <Alert tone="error">{mutation.error.message}</Alert> : null}
      <Button
        variant={active ? "danger" : "secondary"}
        disabled={mutation.isPending}
        onClick={() => mutation.mutate(!active)}
      >
        {active ? t("deactivate", { noun }) : t("reactivate", { noun })}
      </Button>
    </div>
  );
};
