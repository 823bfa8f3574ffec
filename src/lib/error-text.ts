/** The message of something thrown (an Error or anything else), to show inside a Vietnamese sentence. */
export const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));
