export { errorResponse } from "./error-response";
export { parseBody, parseQuery } from "./parse-request";
export { can, permissions, rolePermissions, type TPermission } from "./permissions";
