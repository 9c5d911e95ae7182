export {
  DCC_POINT_CHUNK,
  DCC_POINT_PARTITION,
  dccRevocationList,
  dccRevocationListOverview,
  dccRevocationPartitions,
  dccRevocationSlice,
  type TDccPartition,
} from "./dcc-revocation-distribution";
export { dccRevocationLists } from "./dcc-revocation-lists";
export { publishedRevocationLookup } from "./published-revocation-lookup";
export { type ShcRevocationListOptions, shcRevocationList } from "./shc-revocation-list";
