import "server-only";
import { listProgrammes, type TActor } from "@vax/core";

/** A programme a vaccine or facility form offers as a checkbox. */
export type TProgrammeOption = { id: string; name: string };

/**
 * The programmes a vaccine or facility form offers: the tenant's active ones, plus any inactive
 * ones the record already belongs to, so that saving the form does not drop them unseen.
 */
export const programmeOptions = async (
  actor: TActor,
  current: readonly TProgrammeOption[] = [],
): Promise<TProgrammeOption[]> => {
  const { items } = await listProgrammes({ actor, query: { page: 1, pageSize: 100, order: "asc", status: "active" } });
  const options = items.map(({ id, name }) => ({ id, name }));
  const kept = current.filter((programme) => !options.some((option) => option.id === programme.id));
  return [...options, ...kept.map(({ id, name }) => ({ id, name }))];
};
