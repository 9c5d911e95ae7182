import { listOperation, type TApiOperation, ZIdPath } from "@vax/core/openapi";
import { ZListQuery } from "@vax/core/schemas";
import type { z } from "zod";

/** What the routes of one admin resource (list, create, read, replace, deactivate, reactivate) take and say. */
export type TResourceRoutes = {
  path: string;
  tag: string;
  read: string;
  write: string;
  input: z.ZodType;
  updateInput?: z.ZodType;
  query?: z.ZodObject;
  /** The resource as the API answers it. */
  view: z.ZodType;
  /** Set when creating answers something else than the view (a tenant comes with its first admin). */
  created?: { description: string; schema?: z.ZodType };
  summaries: { list: string; create: string; get: string; update: string; deactivate: string; reactivate: string };
};

/**
 * The six operations the admin portal's resource routes share (`/x`, `/x/{id}`, `/x/{id}/deactivate`,
 * `/x/{id}/reactivate`), each with the schema its route parses.
 */
export const resourceOperations = (routes: TResourceRoutes): TApiOperation[] => {
  const { path, tag, read, write, view, summaries } = routes;
  const one = { status: 200, description: "The resource", schema: view } as const;
  const byId = {
    tag,
    auth: "session",
    pathParams: ZIdPath,
    errors: { 404: "No such resource in the caller's tenant" },
  } as const;
  return [
    listOperation({
      path,
      tag,
      auth: "session",
      permission: read,
      summary: summaries.list,
      query: routes.query ?? ZListQuery,
      item: view,
      pageOf: "the list",
    }),
    {
      method: "post",
      path,
      tag,
      auth: "session",
      permission: write,
      summary: summaries.create,
      body: { schema: routes.input },
      success: { ...one, description: "Created", ...routes.created, status: 201 },
      errors: { 409: "A resource with the same unique field exists" },
    },
    { ...byId, method: "get", path: `${path}/{id}`, permission: read, summary: summaries.get, success: one },
    {
      ...byId,
      method: "put",
      path: `${path}/{id}`,
      permission: write,
      summary: summaries.update,
      body: { schema: routes.updateInput ?? routes.input },
      success: one,
      errors: { ...byId.errors, 409: "A resource with the same unique field exists" },
    },
    {
      ...byId,
      method: "post",
      path: `${path}/{id}/deactivate`,
      permission: write,
      summary: summaries.deactivate,
      success: one,
    },
    {
      ...byId,
      method: "post",
      path: `${path}/{id}/reactivate`,
      permission: write,
      summary: summaries.reactivate,
      success: one,
    },
  ];
};
