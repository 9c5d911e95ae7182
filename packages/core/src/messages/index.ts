export { translateMessage } from "./translate-message";
