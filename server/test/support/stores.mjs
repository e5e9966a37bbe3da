// The two stores the receiver suite runs on (SPEC §12): SQLite always; PostgreSQL from
// MOR_TEST_DATABASE_URL. Without that variable the PostgreSQL half is skipped here, and fails
// when MOR_REQUIRE_POSTGRES=1 (as .ci/run sets), so CI can never pass without it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const POSTGRES_URL = process.env.MOR_TEST_DATABASE_URL;
const POSTGRES_REQUIRED = process.env.MOR_REQUIRE_POSTGRES === '1';

/**
 * A fresh, empty database of this kind: `{ name, url, drop() }`. PostgreSQL gets a schema of
 * its own (through `search_path`), so test files running side by side never meet.
 */
export async function freshDatabase(kind) {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'mor-receiver-'));
    const path = join(dir, 'responses.db');
    return { kind, path, url: `sqlite:${path}`, drop: async () => {} };
  }
  const schema = `mor_t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const url = new URL(POSTGRES_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    kind,
    schema,
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: POSTGRES_URL });
      await client.connect();
      await client.query(`DROP SCHEMA ${schema} CASCADE`);
      await client.end();
    },
  };
}

/**
 * Runs `suite(kind)` once per store, inside a describe-like test named after it. When
 * PostgreSQL is missing, one test says so: skipped, or failed when it is required.
 */
export function forEachStore(title, suite) {
  for (const kind of ['sqlite', 'postgres']) {
    if (kind === 'postgres' && !POSTGRES_URL) {
      const reason = 'MOR_TEST_DATABASE_URL is not set';
      if (POSTGRES_REQUIRED) test(`${title} on postgres`, () => assert.fail(`${reason}, and MOR_REQUIRE_POSTGRES=1`));
      else test(`${title} on postgres`, { skip: reason }, () => {});
      continue;
    }
    suite(kind);
  }
}

export const postgresAvailable = () => Boolean(POSTGRES_URL);
export { POSTGRES_REQUIRED };
