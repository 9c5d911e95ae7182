"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { fetchJson } from "./fetch-json";

/** Deactivates or reactivates one record of a resource, then refreshes its lists. */
export const useSetActive = (resource: string, id: string) => {
  const queryClient = useQueryClient();
  const router = useRouter();
  return useMutation({
    mutationFn: (active: boolean) =>
      fetchJson(`/api/v1/${resource}/${id}/${active ? "reactivate" : "deactivate"}`, { method: "POST" }),
    // The edit page around the toggle is server-rendered: refresh it so its status shows the change.
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: [resource] });
      router.refresh();
    },
  });
};
