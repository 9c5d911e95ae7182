import { can } from "@vax/auth/permissions";
import { PageHeader } from "@vax/ui";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/forbidden";
import { NewRecordLink } from "@/components/new-record-link";
import { PreEnrolmentList } from "@/components/pre-enrolment/pre-enrolment-list";
import { guardPage } from "@/lib/guard";

/** The tenant's pre-enrolments. */
const PreEnrolmentsPage = async () => {
  const { actor, allowed } = await guardPage("recipient:read", "/pre-enrolments");
  if (!allowed) return <Forbidden />;
  const t = await getTranslations("PreEnrolmentList");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <NewRecordLink href="/pre-enrolments/new" label={t("new")} allowed={can(actor.role, "recipient:write")} />
        }
      />
      <PreEnrolmentList />
    </>
  );
};

export default PreEnrolmentsPage;
