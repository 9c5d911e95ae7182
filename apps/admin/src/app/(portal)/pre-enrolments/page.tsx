import { can } from "@vax/auth/permissions";
import { PageHeader } from "@vax/ui";
import { Forbidden } from "@/components/forbidden";
import { NewRecordLink } from "@/components/new-record-link";
import { PreEnrolmentList } from "@/components/pre-enrolment/pre-enrolment-list";
import { guardPage } from "@/lib/guard";

/** The tenant's pre-enrolments. */
const PreEnrolmentsPage = async () => {
  const { actor, allowed } = await guardPage("recipient:read", "/pre-enrolments");
  if (!allowed) return <Forbidden />;
  return (
    <>
      <PageHeader
        title="Pre-enrolments"
        description="Recipients registered ahead of their vaccination, each with the code a vaccinator finds them by."
        actions={
          <NewRecordLink
            href="/pre-enrolments/new"
            label="New pre-enrolment"
            allowed={can(actor.role, "recipient:write")}
          />
        }
      />
      <PreEnrolmentList />
    </>
  );
};

export default PreEnrolmentsPage;
