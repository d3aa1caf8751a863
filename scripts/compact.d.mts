/** Removes whitespace and comments from every .js file in `dir`, in place (see compact.mjs). */
export function compactChunks(dir: string): Promise<void>;
