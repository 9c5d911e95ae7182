export { type ChangeOwnPasswordOptions, changeOwnPassword } from "./change-own-password";
export {
  type CreatePlatformAdminOptions,
  createPlatformAdmin,
  type TCreatedPlatformAdmin,
} from "./create-platform-admin";
