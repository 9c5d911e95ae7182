import { can } from "@vax/auth/permissions";
import { PageHeader } from "@vax/ui";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/forbidden";
import { KeyManager } from "@/components/key/key-manager";
import { guardPage } from "@/lib/guard";

/** The tenant's own signing keys: generate, rotate, retire and revoke. */
const KeysPage = async () => {
  const { actor, allowed } = await guardPage("key:read", "/keys");
  if (!allowed) return <Forbidden />;
  const t = await getTranslations("KeyPage");
  if (!actor.tenantId) {
    return (
      <>
        <PageHeader title={t("title")} />
        <p className="text-sm text-slate-600">{t("openTenant")}</p>
      </>
    );
  }
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <KeyManager canWrite={can(actor.role, "key:write")} />
    </>
  );
};

export default KeysPage;
