import { Client } from 'pg';
import { adminUrl, templateName } from '../../libs/server/testing/src/test-databases';

export default async function globalTeardown(): Promise<void> {
  const admin = new Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${templateName()}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
