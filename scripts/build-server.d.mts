/** Types of build-server.mjs (plain JavaScript, so that it runs before anything compiles TypeScript). */
export declare const root: string;
export declare const serverBundle: string;
export declare function serverBuildIsStale(): boolean;
export declare function buildServer(): Promise<void>;
export declare function ensureServerBuilt(): Promise<boolean>;
