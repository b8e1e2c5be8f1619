// Lets TypeScript configs import the .mjs helper under strict mode (TS7016).
/** Path of the Chrome/Chromium executable to use; throws a clear Error if there is none. */
export declare function chromePath(): string;
/** Flags every launcher passes to the browser (root-safe, offline, headless-friendly). */
export declare const chromeArgs: string[];
