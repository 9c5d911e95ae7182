import { requirePageActor } from "@vax/auth/session";
import { getWorkplace, listVaccines } from "@vax/core";
import { ZListQuery } from "@vax/core/schemas";
import { Alert } from "@vax/ui";
import { getTranslations } from "next-intl/server";
import { FacilityApp } from "@/components/facility-app";
import { authOptions } from "@/lib/auth";
import { programmeChoices } from "@/lib/workplace-choices";

// The page is the app shell the service worker keeps: everything after it runs in the browser.
export const dynamic = "force-dynamic";

/** The vaccinator's app: find or register the recipient, record the dose, print the certificate. */
const HomePage = async () => {
  const { actor, allowed } = await requirePageActor(authOptions, "facility-app:access", "/");
  const t = await getTranslations("Home");
  if (!allowed || !actor.id) {
    return (
      <main className="mx-auto max-w-3xl px-6 py-8">
        <Alert tone="error">{t("noAccess")}</Alert>
      </main>
    );
  }
  const [workplace, vaccines] = await Promise.all([
    getWorkplace({ actor }),
    listVaccines({ actor, query: ZListQuery.parse({ pageSize: 100 }) }),
  ]);
  return (
    <FacilityApp
      userId={actor.id}
      header={{
        facilityName: workplace.facility?.name ?? t("noFacility"),
        signedInAs: t("signedInAs", { name: workplace.name, role: workplace.roleLabel }),
      }}
      programmes={programmeChoices(workplace, vaccines.items)}
    />
  );
};

export default HomePage;
