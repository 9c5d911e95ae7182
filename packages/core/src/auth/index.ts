export { actorOfUser, loadUserActor } from "./actor-of-user";
export { clearRateLimit, hitRateLimit, rateLimitBlock, type TRateLimitRule } from "./rate-limit";
export { type SignInWithPasswordOptions, signInWithPassword } from "./sign-in-with-password";
