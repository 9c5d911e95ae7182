// Next.js calls register() once as each server process starts.
export const register = async () => {
  // Next.js fills NEXT_RUNTIME in at build time so that the edge build leaves the Node-only import
  // out; it describes the build, not the deployment, so it is not part of the validated env.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startSuspensionLifting } = await import("@vax/core");
  // The app that suspends certificates through its API also ends the suspensions whose time has come.
  startSuspensionLifting();
};
