import { publicTestReportContext } from "@vax/core";
import { publicJson } from "@/lib/public-json";

// GET /credentials/test-report/v1 – the built-in test report JSON-LD context, at the exact URL credentials name
export const GET = () =>
  publicJson(async () => publicTestReportContext(), { maxAge: 86_400, contentType: "application/ld+json" });
