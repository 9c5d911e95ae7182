import { Alert, Button } from "@vax/ui";
import Link from "next/link";

/** The bottom of every admin form: the form's error, save and cancel. */
export const FormActions = ({
  formError,
  pending,
  cancelHref,
}: {
  formError: string | null;
  pending: boolean;
  cancelHref: string;
}) => (
  <div className="flex flex-col gap-3">
    {formError ? <Alert tone="error">{formError}</Alert> : null}
    <div className="flex gap-3">
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save"}
      </Button>
      <Link href={cancelHref} className="inline-flex items-center rounded-md border border-slate-300 px-4 py-2 text-sm">
        Cancel
      </Link>
    </div>
  </div>
);
