import pg from 'pg';

/** Drops a schema and everything in it: the bench's cleanup after a run. */
export async function dropSchema(connectionString: string, schema: string): Promise<void> {
  // The name is the bench's own (`uniqueName`), never user input.
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) {
    throw new Error(`refusing to drop the schema ${JSON.stringify(schema)}`);
  }

  const client = new pg.Client({ connectionString });
  await client.connect();

  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}
