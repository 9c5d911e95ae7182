/** @jsxRuntime automatic */
import { Text } from "@react-pdf/renderer";
import type { ComponentProps } from "react";

// Certificate fields are names, codes and ids: a hyphen added at a line break would change what a
// reader copies, and skipping the hyphenation dictionary also makes layout faster.
export const wholeWords = (word: string | null): string[] => (word === null ? [] : [word]);
// react-pdf also offers a hyphenated break wherever the font changes inside a word, as it does in
// "Thị" (the ị comes from the Vietnamese file of Noto Sans); its line breaker never takes a break
// whose penalty is exactly its "infinity", 10,000.
export const NEVER_HYPHENATE = 10_000;

/** Text that wraps only at spaces, never hyphenating a word. */
export const PlainText = (props: ComponentProps<typeof Text>) => (
  <Text hyphenationCallback={wholeWords} hyphenationPenalty={NEVER_HYPHENATE} {...props} />
);
