export { errorResponse } from "./error-response";
export { parseBody, parseOptionalBody, parseQuery } from "./parse-request";
export { can, permissions, rolePermissions, type TPermission } from "./permissions";
