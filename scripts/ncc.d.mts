export function nccBuild(entry: string, outDir: string, options?: { readonly quiet?: boolean }): Promise<void>;
