// Names and URLs of the databases of one Jest run (shared by global setup and the test helpers).
export function adminUrl(): string {
  return process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

export function databaseUrl(name: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/** The id of this Jest run (the main process's pid), set by global setup and inherited by workers. */
export function runId(): string {
  process.env.HAVEN_TEST_RUN ??= String(process.pid);
  return process.env.HAVEN_TEST_RUN;
}

/** The run's template database, so concurrent runs do not collide. */
export function templateName(): string {
  return `haven_tpl_p${runId()}`;
}
