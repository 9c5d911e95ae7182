import { parseFormData } from "@vax/auth";
import { importTrustDocument } from "@vax/core";
import { TRUST_IMPORT_BODY_LIMIT, ZTrustImportForm } from "@vax/core/schemas";
import { trustApi } from "@/lib/trust-api";

const field = (form: FormData, name: string) => form.get(name) ?? undefined;

// POST /api/v1/trusted-issuers/import – import a trust list, DSC list or JWKS and report what it added, changed and refused
export const POST = trustApi("trust:write", async ({ request, actor }) => {
  const form = await parseFormData(request, { maxBytes: TRUST_IMPORT_BODY_LIMIT });
  const { kind, file, issuerUrl, cscaFile, validAt } = ZTrustImportForm.parse({
    kind: field(form, "kind"),
    file: field(form, "file"),
    issuerUrl: field(form, "issuerUrl"),
    cscaFile: field(form, "cscaFile"),
    validAt: field(form, "validAt"),
  });
  return importTrustDocument({
    actor,
    text: await file.text(),
    kind,
    ...(issuerUrl ? { issuerUrl } : {}),
    ...(cscaFile ? { cscaText: await cscaFile.text() } : {}),
    ...(validAt ? { validAt } : {}),
  });
});
