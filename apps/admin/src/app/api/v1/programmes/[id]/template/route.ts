import { parseBody } from "@vax/auth";
import { chooseProgrammeTemplate } from "@vax/core";
import { ZProgrammeTemplateChoice } from "@vax/core/schemas";
import { adminApi } from "@/lib/api";

// PUT /api/v1/programmes/{id}/template – choose the template version the programme's certificates print with
export const PUT = adminApi<{ id: string }>("programme:write", async ({ request, actor, params }) =>
  chooseProgrammeTemplate({
    actor,
    programmeId: params.id,
    choice: await parseBody(request, ZProgrammeTemplateChoice),
  }),
);
