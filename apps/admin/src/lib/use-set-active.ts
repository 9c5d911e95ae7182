"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { fetchJson } from "./fetch-json";

/** Deactivates or reactivates one record of a resource, then refreshes its lists. */
export const useSetActive = (resource: string, id: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (active: boolean) =>
      fetchJson(`/api/v1/${resource}/${id}/${active ? "reactivate" : "deactivate"}`, { method: "POST" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [resource] }),
  });
};
