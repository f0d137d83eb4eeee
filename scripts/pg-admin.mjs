// CI helper: `node scripts/pg-admin.mjs create|drop <database>` against ADMIN_DATABASE_URL.
import pg from 'pg';

const [action, name] = process.argv.slice(2);
if (!/^(create|drop)$/.test(action ?? '') || !/^[a-z0-9_]+$/.test(name ?? '')) {
  console.error('usage: pg-admin.mjs create|drop <database>');
  process.exit(2);
}
const client = new pg.Client({ connectionString: process.env.ADMIN_DATABASE_URL });
await client.connect();
await client.query(
  action === 'create' ? `create database ${name}` : `drop database if exists ${name} with (force)`,
);
await client.end();
