export { type CreateUserOptions, createUser } from "./create-user";
export { type GetUserOptions, getUser } from "./get-user";
export { type ListFacilityOptionsOptions, listFacilityOptions, type TFacilityOption } from "./list-facility-options";
export { type ListUsersOptions, listUsers } from "./list-users";
export { type SetUserActiveOptions, setUserActive } from "./set-user-active";
export { type UpdateUserOptions, updateUser } from "./update-user";
export type { TUserVaccinatorView, TUserView } from "./user-view";
