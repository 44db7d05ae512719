/**
 * Migration 0017 turns the agreement's document tables into the record core's (record_documents on
 * record_type, record_id): every agreement document stays, with its versions, file, SHA-256 and text.
 * The database is migrated up to 0015, given a document, then migrated to the end.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite, openPostgres, type Database } from '../../src/server/db/client.js';
import { migrationsFolder, runMigrations } from '../../src/server/db/migrate.js';
import { createPostgresDatabase, databaseKinds } from './support/app.js';

/** A copy of the migrations folder whose journal stops before `tag`. */
function migrationsBefore(tag: string): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sinergi-migrations-'));
  fs.cpSync(migrationsFolder, folder, { recursive: true });
  const journalPath = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalPath, 'utf8')) as { entries: Array<{ tag: string }> };
  const index = journal.entries.findIndex((entry) => entry.tag === tag);
  expect(index).toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, index);
  fs.writeFileSync(journalPath, JSON.stringify(journal));
  return folder;
}

const rows = async (database: Database, query: ReturnType<typeof sql>) =>
  ((await database.db.execute(query)) as unknown as { rows: Array<Record<string, unknown>> }).rows;

describe.each(databaseKinds)('migration 0017_record_documents on %s', (kind) => {
  const cleanups: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('keeps every agreement document, its versions and file as record_type agreement', async () => {
    let database: Database;
    if (kind === 'pglite') {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sinergi-migration-'));
      database = await openPglite(dataDir, 'migration test');
      cleanups.push(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
    } else {
      const created = await createPostgresDatabase();
      database = await openPostgres(created.url, { max: 2 });
      cleanups.push(created.drop);
    }
    cleanups.push(() => database.close());
    const before = migrationsBefore('0017_record_documents');
    cleanups.push(async () => fs.rmSync(before, { recursive: true, force: true }));
    await runMigrations(database, before);

    const [agreement] = await rows(
      database,
      sql`insert into agreements (kind, document_type, title, stage)
          values ('ksdd', 'kesepakatan_bersama', 'KSB persampahan', 'pelaksanaan') returning id`,
    );
    const [file] = await rows(
      database,
      sql`insert into files (storage_key, sha256, size_bytes, content_type, original_name)
          values ('sha256/ab/abc', ${'a'.repeat(64)}, 1234, 'application/pdf', 'KSB.pdf') returning id`,
    );
    const [document] = await rows(
      database,
      sql`insert into agreement_documents (agreement_id, kind, title)
          values (${agreement!.id}, 'signed', 'Naskah KSB') returning id`,
    );
    for (const version of [1, 2]) {
      await database.db.execute(
        sql`insert into agreement_document_versions (document_id, version, file_id, extracted_text, text_status)
            values (${document!.id}, ${version}, ${file!.id}, ${`teks ${version}`}, 'extracted')`,
      );
    }

    await runMigrations(database);

    expect(
      await rows(database, sql`select id, record_type, record_id, kind, title from record_documents`),
    ).toEqual([
      {
        id: document!.id,
        record_type: 'agreement',
        record_id: agreement!.id,
        kind: 'signed',
        title: 'Naskah KSB',
      },
    ]);
    expect(
      await rows(
        database,
        sql`select v.version, v.extracted_text, f.sha256 from record_document_versions v
            join files f on f.id = v.file_id where v.document_id = ${document!.id} order by v.version`,
      ),
    ).toEqual([
      { version: 1, extracted_text: 'teks 1', sha256: 'a'.repeat(64) },
      { version: 2, extracted_text: 'teks 2', sha256: 'a'.repeat(64) },
    ]);
    // A version number stays unique per document, and only the record core's types are accepted.
    await expect(
      database.db.execute(
        sql`insert into record_document_versions (document_id, version, file_id) values (${document!.id}, 1, ${file!.id})`,
      ),
    ).rejects.toThrow();
    await expect(
      database.db.execute(
        sql`insert into record_documents (record_type, record_id, kind, title) values ('nope', ${agreement!.id}, 'x', 'x')`,
      ),
    ).rejects.toThrow();
  });
});
