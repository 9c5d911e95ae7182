import { AppError } from "@vax/core";
import { notFound } from "next/navigation";

/** Runs a use case that reads one record for a page, turning NOT_FOUND into the 404 page. */
export const loadOr404 = async <T>(load: () => Promise<T>): Promise<T> => {
  try {
    return await load();
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
};
