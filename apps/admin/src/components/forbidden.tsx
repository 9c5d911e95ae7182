import { Alert } from "@vax/ui";

/** Shown instead of a page the signed-in role may not see. */
export const Forbidden = () => (
  <Alert tone="error">
    <strong>Not allowed.</strong> Your role does not give access to this page. Ask a tenant admin if you need it.
  </Alert>
);
