export { type CreateProgrammeOptions, createProgramme } from "./create-programme";
export { type GetProgrammeOptions, getProgramme } from "./get-programme";
export { type ListProgrammesOptions, listProgrammes } from "./list-programmes";
export type { TProgrammeView } from "./programme-view";
export { type SetProgrammeActiveOptions, setProgrammeActive } from "./set-programme-active";
export { type UpdateProgrammeOptions, updateProgramme } from "./update-programme";
