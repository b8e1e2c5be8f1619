// Lets TypeScript files and JSDoc import the .mjs server under strict mode (TS7016).
export interface StaticServerOptions {
  /** Headers added to every HTML response, such as a Content-Security-Policy. */
  htmlHeaders?: Record<string, string>;
  /** Serve `index.html` for a path with no file extension that names no file (a single-page app's route). */
  appRoutes?: boolean;
  /** Receives every POST; the HTML it returns is the response, and nothing returned gives a 404. */
  onPost?: (path: string, body: string) => string | undefined;
  /** A `cache-control` value for every file served. */
  cacheControl?: string;
}

export interface StaticServer {
  /** `http://127.0.0.1:PORT`, with no trailing slash. */
  origin: string;
  close(): Promise<void>;
}

/** Serves the folder `root` on 127.0.0.1 at a free port. */
export declare function serveStatic(root: string, options?: StaticServerOptions): Promise<StaticServer>;
