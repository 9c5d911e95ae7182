import { can } from "@vax/auth/permissions";
import { PageHeader } from "@vax/ui";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/forbidden";
import { RuleImport } from "@/components/rule/rule-import";
import { RuleList } from "@/components/rule/rule-list";
import { ValidityRuleForm } from "@/components/rule/validity-rule-form";
import { guardPage } from "@/lib/guard";

/** Business rules: import the EU's and countries' rule files, add the tenant's validity rules, disable rules. */
const RulesPage = async () => {
  const { actor, allowed } = await guardPage("rule:read", "/rules");
  if (!allowed) return <Forbidden />;
  const canWrite = can(actor.role, "rule:write");
  const t = await getTranslations("RulePage");
  return (
    <>
      <PageHeader title={t("title")} description={actor.tenantId ? t("descriptionTenant") : t("descriptionPlatform")} />
      <div className="flex flex-col gap-6">
        {canWrite ? (
          <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
            <RuleImport />
            <ValidityRuleForm withCountry={!actor.tenantId} />
          </div>
        ) : null}
        <RuleList canWrite={canWrite} ownTenantId={actor.tenantId} />
      </div>
    </>
  );
};

export default RulesPage;
