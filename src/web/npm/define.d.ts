/** Resolves when `<med-card>` is defined and the WebAssembly is ready. */
export declare const defined: Promise<void>;
