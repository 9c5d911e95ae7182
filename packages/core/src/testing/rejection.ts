import { expect } from "vitest";
import { AppError } from "../errors";

/** Awaits a use case that must refuse, and returns the AppError it refused with (the test fails otherwise). */
export const rejection = async (promise: Promise<unknown>): Promise<AppError> => {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};
