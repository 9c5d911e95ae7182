export { errorResponse } from "./error-response";
export { parseBody, parseFormData, parseOptionalBody, parseQuery } from "./parse-request";
export { can, permissions, rolePermissions, type TPermission } from "./permissions";
