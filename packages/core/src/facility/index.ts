export { type CreateFacilityOptions, createFacility } from "./create-facility";
export type { TFacilityView } from "./facility-view";
export { type GetFacilityOptions, getFacility } from "./get-facility";
export { type ListFacilitiesOptions, listFacilities } from "./list-facilities";
export { type SetFacilityActiveOptions, setFacilityActive } from "./set-facility-active";
export { type UpdateFacilityOptions, updateFacility } from "./update-facility";
