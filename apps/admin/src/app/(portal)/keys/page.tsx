import { can } from "@vax/auth/permissions";
import { PageHeader } from "@vax/ui";
import { Forbidden } from "@/components/forbidden";
import { KeyManager } from "@/components/key/key-manager";
import { guardPage } from "@/lib/guard";

/** The tenant's own signing keys: generate, rotate, retire and revoke. */
const KeysPage = async () => {
  const { actor, allowed } = await guardPage("key:read", "/keys");
  if (!allowed) return <Forbidden />;
  if (!actor.tenantId) {
    return (
      <>
        <PageHeader title="Signing keys" />
        <p className="text-sm text-slate-600">Open a tenant from Tenants to manage its keys.</p>
      </>
    );
  }
  return (
    <>
      <PageHeader
        title="Signing keys"
        description="The keys your certificates are signed with, and their life stage."
      />
      <KeyManager canWrite={can(actor.role, "key:write")} />
    </>
  );
};

export default KeysPage;
