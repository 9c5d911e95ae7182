"use client";

import type { TUserView } from "@vax/core";
import { SelectField, StatusBadge } from "@vax/ui";
import { useState } from "react";
import { ResourceList } from "@/components/resource-list";
import { formatDateTime } from "@/lib/format-date-time";
import { roleLabel, roleOptions } from "./role-labels";

/** The users the signed-in admin may see, filtered by role; rows link to the edit page when they may edit. */
export const UserList = ({ canEdit }: { canEdit: boolean }) => {
  const [role, setRole] = useState("");
  return (
    <div className="flex flex-col gap-4">
      <div className="w-56">
        <SelectField
          label="Role"
          value={role}
          onChange={(event) => setRole(event.target.value)}
          options={[{ value: "", label: "All roles" }, ...roleOptions]}
        />
      </div>
      <ResourceList<TUserView>
        resource="users"
        searchLabel="Search by name or e-mail"
        defaultSort="name"
        filters={role ? { role } : {}}
        rowHref={canEdit ? (user) => `/users/${user.id}` : undefined}
        columns={[
          { key: "name", label: "Name", sortable: true, render: (u) => u.name },
          { key: "email", label: "E-mail", sortable: true, render: (u) => u.email },
          { key: "role", label: "Role", sortable: true, render: (u) => roleLabel(u.role) },
          { key: "facility", label: "Facility", render: (u) => u.facilityName ?? "—" },
          {
            key: "lastSignInAt",
            label: "Last sign-in",
            sortable: true,
            render: (u) => formatDateTime(u.lastSignInAt, "Never"),
          },
          { key: "active", label: "Status", render: (u) => <StatusBadge active={u.active} /> },
        ]}
      />
    </div>
  );
};
