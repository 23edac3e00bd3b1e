import { Client } from 'pg';
import { adminUrl, runId } from '../../libs/server/testing/src/test-databases';

/** Once per Jest run: names the run (workers inherit it) and drops databases of runs that crashed. */
export default async function globalSetup(): Promise<void> {
  runId();
  const admin = new Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname ~ '^haven_(t|tpl)[a-z0-9]*_p[0-9]+$'",
    );
    for (const { datname } of rows) {
      const pid = Number(/_p(\d+)$/.exec(datname)?.[1]);
      if (pid && !isAlive(pid)) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  } finally {
    await admin.end();
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
