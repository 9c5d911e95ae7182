/** @jsxRuntime automatic */
import { Text } from "@react-pdf/renderer";
import type { ComponentProps } from "react";

// Certificate fields are names, codes and ids: a hyphen added at a line break would change what a
// reader copies, and skipping the hyphenation dictionary also makes layout faster.
const wholeWords = (word: string) => [word];

/** Text that wraps only at spaces, never hyphenating a word. */
export const PlainText = (props: ComponentProps<typeof Text>) => <Text hyphenationCallback={wholeWords} {...props} />;
