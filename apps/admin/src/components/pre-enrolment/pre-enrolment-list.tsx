"use client";

import type { TPreEnrolmentView } from "@vax/core";
import { maskMobile } from "@vax/core/schemas";
import { ResourceList } from "@/components/resource-list";

const statusLabels: Record<TPreEnrolmentView["status"], string> = {
  OPEN: "Open",
  USED: "Vaccinated",
  CANCELLED: "Cancelled",
};

/** The tenant's pre-enrolments, newest first. */
export const PreEnrolmentList = () => (
  <ResourceList<TPreEnrolmentView>
    resource="pre-enrolments"
    searchLabel="Search by code, name, identity or mobile number"
    defaultSort="createdAt"
    showStatusFilter={false}
    columns={[
      { key: "code", label: "Code", sortable: true, render: (p) => <span className="font-mono">{p.code}</span> },
      { key: "recipient", label: "Recipient", render: (p) => p.recipient.name },
      { key: "mobile", label: "Mobile", render: (p) => maskMobile(p.recipient.mobile) },
      { key: "programme", label: "Programme", render: (p) => p.programme.name },
      { key: "facility", label: "Facility", render: (p) => p.facility?.name ?? "Any" },
      { key: "appointmentDate", label: "Appointment", sortable: true, render: (p) => p.appointmentDate ?? "—" },
      { key: "status", label: "Status", sortable: true, render: (p) => statusLabels[p.status] },
    ]}
  />
);
