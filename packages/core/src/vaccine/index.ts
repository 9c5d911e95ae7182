export { type CreateVaccineOptions, createVaccine } from "./create-vaccine";
export { type GetVaccineOptions, getVaccine } from "./get-vaccine";
export { type ListVaccinesOptions, listVaccines } from "./list-vaccines";
export { type SetVaccineActiveOptions, setVaccineActive } from "./set-vaccine-active";
export { type UpdateVaccineOptions, updateVaccine } from "./update-vaccine";
export type { TVaccineView } from "./vaccine-view";
