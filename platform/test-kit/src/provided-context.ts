/** What the global setup hands to test files (`inject('pgServerUrl')`). */
declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the test PostgreSQL server's maintenance database. */
    pgServerUrl: string;
  }
}

export {};
