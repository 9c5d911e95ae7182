import bcrypt from "bcryptjs";

const COST = 11;

/** Hashes a password for storage (bcrypt, cost 11). */
export const hashPassword = (password: string): Promise<string> => bcrypt.hash(password, COST);

/** Checks a password against a stored hash in constant time. */
export const verifyPassword = (password: string, hash: string): Promise<boolean> => bcrypt.compare(password, hash);
