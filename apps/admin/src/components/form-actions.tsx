import { Alert, Button } from "@vax/ui";
import Link from "next/link";
import { useTranslations } from "next-intl";

/** The bottom of every admin form: the form's error, save and cancel. */
export const FormActions = ({
  formError,
  pending,
  cancelHref,
}: {
  formError: string | null;
  pending: boolean;
  cancelHref: string;
}) => {
  const t = useTranslations("PortalForm");
  return (
    <div className="flex flex-col gap-3">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <div className="flex gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
        <Link
          href={cancelHref}
          className="inline-flex items-center rounded-md border border-slate-300 px-4 py-2 text-sm"
        >
          {t("cancel")}
        </Link>
      </div>
    </div>
  );
};
