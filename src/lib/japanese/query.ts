/**
 * Bounds on what a reader types. Pure.
 */

/**
 * The longest query, in characters, that the site search, the municipality finder and the
 * procedure finder take: no page title, local government name or document name comes near
 * it, and it bounds the work a keystroke (or a crafted link) can cause. One number, because
 * the reader meets all three boxes on the same site and the messages say how many characters
 * fit. Each caller says how it applies it (cut, or answered with a message).
 */
export const MAX_QUERY_LENGTH = 100;
