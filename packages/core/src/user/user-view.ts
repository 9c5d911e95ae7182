import type { Role } from "@vax/db";

/** The vaccinator record of a user who gives doses, as the API shows it. */
export type TUserVaccinatorView = { id: string; licenceNumber: string; mobile: string; active: boolean };

/** A user as the API returns it: never the password hash. */
export type TUserView = {
  id: string;
  tenantId: string | null;
  email: string;
  name: string;
  role: Role;
  facilityId: string | null;
  facilityName: string | null;
  active: boolean;
  lastSignInAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  vaccinator: TUserVaccinatorView | null;
};

/** What every user query includes, so {@link userView} can show the facility and vaccinator record. */
export const userInclude = {
  facility: { select: { name: true } },
  vaccinator: { select: { id: true, licenceNumber: true, mobile: true, active: true } },
} as const;

type TStoredUser = Omit<TUserView, "facilityName" | "vaccinator"> & {
  facility: { name: string } | null;
  vaccinator: TUserVaccinatorView | null;
};

/** Shapes a stored user for the API, field by field, so a hash read by mistake can never leak. */
export const userView = (user: TStoredUser): TUserView => ({
  id: user.id,
  tenantId: user.tenantId,
  email: user.email,
  name: user.name,
  role: user.role,
  facilityId: user.facilityId,
  facilityName: user.facility?.name ?? null,
  active: user.active,
  lastSignInAt: user.lastSignInAt,
  createdAt: user.createdAt,
  updatedAt: user.updatedAt,
  vaccinator: user.vaccinator
    ? {
        id: user.vaccinator.id,
        licenceNumber: user.vaccinator.licenceNumber,
        mobile: user.vaccinator.mobile,
        active: user.vaccinator.active,
      }
    : null,
});
