// Size limits of rule documents. The EU's largest real rule set (a country's 30-odd rules) is under 150 KB and its
// longest rule's logic under 8 KB; each limit is many times that, so a genuine document never comes near one.

/** The longest rule document text read at all. */
export const MAX_RULE_DOCUMENT_CHARS = 4 * 1024 * 1024;

/** The most rules one document may hold. */
export const MAX_RULES_PER_DOCUMENT = 2000;

/** The longest one rule's CertLogic may be, as JSON text. */
export const MAX_RULE_LOGIC_CHARS = 64 * 1024;

/** The most descriptions (languages) one rule may carry, and the longest each may be. */
export const MAX_RULE_DESCRIPTIONS = 40;
export const MAX_RULE_DESCRIPTION_CHARS = 2000;
