import { z } from "zod";

const ZListedDose = z.object({
  doseNumber: z.number().int(),
  totalDoses: z.number().int(),
  batch: z.string(),
  date: z.string(),
  vaccine: z.object({ name: z.string(), manufacturer: z.object({ name: z.string() }).optional() }),
  facility: z.object({ name: z.string() }),
});

const ZDosesOfCredential = z.object({ credentialSubject: z.object({ doses: z.array(ZListedDose) }) });

/** One dose as a native credential lists it. */
export type TListedDose = z.output<typeof ZListedDose>;

/**
 * The doses a stored native credential lists, oldest first; an empty list for a credential of
 * another shape (a DIVOC or EU DCC payload), whose doses are read from the recorded events instead.
 */
export const dosesOfCredential = (payload: unknown): TListedDose[] => {
  const parsed = ZDosesOfCredential.safeParse(payload);
  return parsed.success ? parsed.data.credentialSubject.doses : [];
};
