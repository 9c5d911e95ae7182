export { type TMessageCatalogue, translateMessage } from "./translate-message";
