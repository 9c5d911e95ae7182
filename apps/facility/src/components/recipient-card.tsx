import type { TRecipientView } from "@vax/core";
import { maskMobile } from "@vax/core/schemas";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { describeIdentity, describePerson } from "@/lib/recipient-format";

/** One recipient at a glance: name, age, identity, mobile and pre-enrolments; in a list (`masked`), the numbers masked. */
export const RecipientCard = ({
  recipient,
  action,
  masked = false,
}: {
  recipient: TRecipientView;
  action?: ReactNode;
  masked?: boolean;
}) => {
  const t = useTranslations("Card");
  return (
    <div className="flex flex-wrap items-start justify-between gap-3">
      <div>
        <p className="font-medium text-slate-900">{recipient.name}</p>
        <p className="text-sm text-slate-600">{describePerson(recipient)}</p>
        <p className="text-sm text-slate-600">
          {describeIdentity(recipient, { masked })} ·{" "}
          {t("mobile", { mobile: masked ? maskMobile(recipient.mobile) : recipient.mobile })}
        </p>
        {recipient.preEnrolments.length > 0 ? (
          <p className="text-sm text-slate-600">
            {t("preEnrolled", {
              list: recipient.preEnrolments
                .map((enrolment) => `${enrolment.code} (${enrolment.programmeName})`)
                .join(", "),
            })}
          </p>
        ) : null}
      </div>
      {action}
    </div>
  );
};
