/** The body of every API error: a code to act on, a message for people, and per-field details. */
export type TErrorBody = {
  error: { code: string; message: string; details: Array<{ path: string; message: string }> };
};
