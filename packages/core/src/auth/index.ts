export { actorOfUser, loadUserActor } from "./actor-of-user";
export {
  startRateLimitedAttempt,
  type TRateLimit,
  type TRateLimitedAttempt,
  type TRateLimitRefusal,
  type TRateLimitRule,
} from "./rate-limit";
export { type SignInWithPasswordOptions, signInWithPassword } from "./sign-in-with-password";
