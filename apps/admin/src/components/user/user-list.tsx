"use client";

import type { TUserView } from "@vax/core";
import { SelectField } from "@vax/ui";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActiveBadge } from "@/components/active-badge";
import { ResourceList } from "@/components/resource-list";
import { useDateFormatters } from "@/lib/format-date-time";
import { useRoleLabels } from "./role-labels";

/** The users the signed-in admin may see, filtered by role; rows link to the edit page when they may edit. */
export const UserList = ({ canEdit }: { canEdit: boolean }) => {
  const t = useTranslations("UserList");
  const { dateTime } = useDateFormatters();
  const { roleLabel, roleOptions } = useRoleLabels();
  const [role, setRole] = useState("");
  return (
    <div className="flex flex-col gap-4">
      <div className="w-56">
        <SelectField
          label={t("role")}
          value={role}
          onChange={(event) => setRole(event.target.value)}
          options={[{ value: "", label: t("allRoles") }, ...roleOptions]}
        />
      </div>
      <ResourceList<TUserView>
        resource="users"
        searchLabel={t("search")}
        defaultSort="name"
        filters={role ? { role } : {}}
        rowHref={canEdit ? (user) => `/users/${user.id}` : undefined}
        columns={[
          { key: "name", label: t("name"), sortable: true, render: (u) => u.name },
          { key: "email", label: t("email"), sortable: true, render: (u) => u.email },
          { key: "role", label: t("role"), sortable: true, render: (u) => roleLabel(u.role) },
          { key: "facility", label: t("facility"), render: (u) => u.facilityName ?? "—" },
          {
            key: "lastSignInAt",
            label: t("lastSignIn"),
            sortable: true,
            render: (u) => dateTime(u.lastSignInAt, t("never")),
          },
          { key: "active", label: t("status"), render: (u) => <ActiveBadge active={u.active} /> },
        ]}
      />
    </div>
  );
};
