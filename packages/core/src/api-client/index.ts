export type { TApiClientView } from "./api-client-view";
export { type AuthenticateApiClientOptions, authenticateApiClient } from "./authenticate-api-client";
export { type CreateApiClientOptions, createApiClient, type TCreatedApiClient } from "./create-api-client";
export { type GetApiClientOptions, getApiClient } from "./get-api-client";
export { type ListApiClientsOptions, listApiClients } from "./list-api-clients";
export { type RotateApiClientOptions, rotateApiClient } from "./rotate-api-client";
export { type SetApiClientActiveOptions, setApiClientActive } from "./set-api-client-active";
export { type UpdateApiClientOptions, updateApiClient } from "./update-api-client";
