"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { TPage } from "@vax/core";
import { Alert, TableScroll } from "@vax/ui";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { type ReactNode, useState } from "react";
import { fetchJson } from "@/lib/fetch-json";

/** One column of a {@link ResourceList}. */
export type TColumn<T> = { key: string; label: string; sortable?: boolean; render: (item: T) => ReactNode };

/** Props of {@link ResourceList}. */
export type ResourceListProps<T> = {
  resource: string;
  columns: TColumn<T>[];
  defaultSort: string;
  searchLabel: string;
  rowHref?: (item: T) => string;
  filters?: Record<string, string>;
  showStatusFilter?: boolean;
};

const PAGE_SIZE = 20;

/** A searchable, sortable, paged table of one admin resource, read from its /api/v1 list route. */
export const ResourceList = <T extends { id: string }>({
  resource,
  columns,
  defaultSort,
  searchLabel,
  rowHref,
  filters = {},
  showStatusFilter = true,
}: ResourceListProps<T>) => {
  const t = useTranslations("ListTable");
  const [q, setQ] = useState("");
  const [sort, setSort] = useState({ field: defaultSort, order: "asc" as "asc" | "desc" });
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState("active");
  const params = new URLSearchParams({
    ...filters,
    q,
    sort: sort.field,
    order: sort.order,
    page: String(page),
    pageSize: String(PAGE_SIZE),
    status,
  });
  const { data, error, isFetching } = useQuery({
    queryKey: [resource, params.toString()],
    queryFn: () => fetchJson<TPage<T>>(`/api/v1/${resource}?${params}`),
    placeholderData: keepPreviousData,
  });
  const toggleSort = (field: string) => {
    setSort((current) => ({ field, order: current.field === field && current.order === "asc" ? "desc" : "asc" }));
    setPage(1);
  };
  const lastPage = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  const first = data && data.total > 0 ? (data.page - 1) * data.pageSize + 1 : 0;
  const last = data ? Math.min(data.total, data.page * data.pageSize) : 0;

  return (
    <section className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex w-full flex-col gap-1 text-sm sm:w-auto">
          <span className="font-medium text-slate-700">{searchLabel}</span>
          <input
            type="search"
            value={q}
            onChange={(event) => {
              setQ(event.target.value);
              setPage(1);
            }}
            className="w-full rounded-md border border-slate-300 px-3 py-2 sm:w-72"
          />
        </label>
        {showStatusFilter ? (
          <label className="flex flex-col gap-1 text-sm">
            <span className="font-medium text-slate-700">{t("status")}</span>
            <select
              value={status}
              onChange={(event) => {
                setStatus(event.target.value);
                setPage(1);
              }}
              className="rounded-md border border-slate-300 px-3 py-2"
            >
              <option value="active">{t("statusActive")}</option>
              <option value="inactive">{t("statusInactive")}</option>
              <option value="all">{t("statusAll")}</option>
            </select>
          </label>
        ) : null}
        {isFetching ? <span className="text-sm text-slate-500">{t("loading")}</span> : null}
      </div>
      {error ? <Alert tone="error">{error.message}</Alert> : null}
      <TableScroll label={t("results")}>
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <thead className="bg-slate-50">
            <tr>
              {columns.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  className="px-4 py-2 text-left font-medium text-slate-700"
                  aria-sort={
                    sort.field === column.key ? (sort.order === "asc" ? "ascending" : "descending") : undefined
                  }
                >
                  {column.sortable ? (
                    <button type="button" onClick={() => toggleSort(column.key)} className="hover:text-teal-800">
                      {column.label}
                      {sort.field === column.key ? (sort.order === "asc" ? " ▲" : " ▼") : ""}
                    </button>
                  ) : (
                    column.label
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {data?.items.map((item) => (
              <tr key={item.id} className="hover:bg-slate-50">
                {columns.map((column, index) => (
                  <td key={column.key} className="px-4 py-2">
                    {index === 0 && rowHref ? (
                      <Link href={rowHref(item)} prefetch={false} className="font-medium text-teal-800 underline">
                        {column.render(item)}
                      </Link>
                    ) : (
                      column.render(item)
                    )}
                  </td>
                ))}
              </tr>
            ))}
            {data && data.items.length === 0 ? (
              <tr>
                <td colSpan={columns.length} className="px-4 py-6 text-center text-slate-500">
                  {t("nothingFound")}
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </TableScroll>
      <div className="flex items-center justify-between text-sm text-slate-600">
        <span>{data ? t("showing", { first, last, total: data.total }) : ""}</span>
        <div className="flex gap-2">
          <button
            type="button"
            disabled={page <= 1}
            onClick={() => setPage(page - 1)}
            className="rounded border border-slate-300 px-3 py-1 disabled:opacity-40"
          >
            {t("previous")}
          </button>
          <button
            type="button"
            disabled={page >= lastPage}
            onClick={() => setPage(page + 1)}
            className="rounded border border-slate-300 px-3 py-1 disabled:opacity-40"
          >
            {t("next")}
          </button>
        </div>
      </div>
    </section>
  );
};
