/**
 * The URL the home page is precached under for offline use. Not "/" itself: a precached "/" would
 * answer every later visit from the cache, in the language it was fetched in, so a checker who
 * switched language would still get the old one. Online, "/" comes from the network; offline, the
 * worker falls back to this copy.
 */
export const OFFLINE_HOME = "/?offline-copy";
