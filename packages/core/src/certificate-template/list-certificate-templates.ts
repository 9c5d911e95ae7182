import { prisma } from "@vax/db";
import type { TTemplateSummary } from "../schemas/certificate-template";
import type { TListQuery } from "../schemas/list-query";
import { type TActor, tenantFilter } from "../shared/actor";
import { orderOf, pageWindow, searchAny, type TPage } from "../shared/list-query";
import { templateSummary, templateSummaryInclude } from "./certificate-template-view";

const SORTABLE = ["name", "createdAt", "updatedAt"] as const;

/** Options for {@link listCertificateTemplates}. */
export type ListCertificateTemplatesOptions = { actor: TActor; query: TListQuery };

/** A page of the tenant's certificate templates, searched by name, each with its latest version and programmes. */
export const listCertificateTemplates = async ({
  actor,
  query,
}: ListCertificateTemplatesOptions): Promise<TPage<TTemplateSummary>> => {
  const where = {
    ...tenantFilter(actor),
    ...searchAny(query.q, ["name"] as const),
    ...(query.status === "all" ? {} : { active: query.status === "active" }),
  };
  const [items, total] = await Promise.all([
    prisma.certificateTemplate.findMany({
      where,
      orderBy: orderOf(query, SORTABLE, "name"),
      ...pageWindow(query),
      include: templateSummaryInclude,
    }),
    prisma.certificateTemplate.count({ where }),
  ]);
  return { items: items.map(templateSummary), total, page: query.page, pageSize: query.pageSize };
};
