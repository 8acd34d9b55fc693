/**
 * The portal's records in SQLite (better-sqlite3): one file, WAL mode, the schema made by the
 * migrations below (PRAGMA user_version counts those applied). Every statement is parameterised.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/** Each entry moves the database on by one version; never edit one that has shipped, add another. */
const MIGRATIONS = [
  `CREATE TABLE cases (
     case_ref TEXT PRIMARY KEY,
     person TEXT NOT NULL,
     story_en TEXT NOT NULL,
     story_cy TEXT NOT NULL,
     easy_read INTEGER NOT NULL DEFAULT 0,
     listed INTEGER NOT NULL DEFAULT 1,
     created_at TEXT NOT NULL
   );
   CREATE TABLE records (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     case_ref TEXT NOT NULL REFERENCES cases (case_ref) ON DELETE CASCADE,
     kind TEXT NOT NULL,
     version INTEGER NOT NULL,
     record_id TEXT NOT NULL,
     json TEXT NOT NULL,
     stored_at TEXT NOT NULL
   );
   CREATE INDEX records_by_case ON records (case_ref, kind, seq);`,
];

export function openStore(path) {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  const applied = db.pragma('user_version', { simple: true });
  for (let version = applied; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version]);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }

  const statements = {
    listCases: db.prepare('SELECT * FROM cases WHERE listed = 1 ORDER BY case_ref'),
    countUnlisted: db.prepare('SELECT count(*) AS n FROM cases WHERE listed = 0'),
    countCases: db.prepare('SELECT count(*) AS n FROM cases'),
    getCase: db.prepare('SELECT * FROM cases WHERE case_ref = ?'),
    addCase: db.prepare(
      'INSERT INTO cases (case_ref, person, story_en, story_cy, easy_read, listed, created_at) VALUES (@caseRef, @person, @storyEn, @storyCy, @easyRead, @listed, @createdAt)',
    ),
    latest: db.prepare('SELECT * FROM records WHERE case_ref = ? AND kind = ? ORDER BY seq DESC LIMIT 1'),
    records: db.prepare('SELECT * FROM records WHERE case_ref = ? ORDER BY seq'),
    allOfKind: db.prepare('SELECT * FROM records WHERE kind = ? ORDER BY seq'),
    addRecord: db.prepare(
      'INSERT INTO records (case_ref, kind, version, record_id, json, stored_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    deleteCase: db.prepare('DELETE FROM cases WHERE case_ref = ?'),
  };
  const row = (stored) => stored && { ...stored, record: JSON.parse(stored.json) };

  return {
    db,
    isEmpty: () => statements.countCases.get().n === 0,
    listCases: () => statements.listCases.all(),
    unlistedCount: () => statements.countUnlisted.get().n,
    getCase: (caseRef) => statements.getCase.get(caseRef),
    addCase: (entry) => statements.addCase.run({ easyRead: 0, listed: 1, createdAt: new Date().toISOString(), ...entry }),
    latest: (caseRef, kind) => row(statements.latest.get(caseRef, kind)),
    records: (caseRef) => statements.records.all(caseRef).map(row),
    allOfKind: (kind) => statements.allOfKind.all(kind).map(row),
    /** Stores records of one case together: all or none. */
    addRecords: db.transaction((caseRef, records, storedAt = new Date().toISOString()) => {
      for (const record of records) {
        statements.addRecord.run(caseRef, record.kind, record.version, record.id, JSON.stringify(record), storedAt);
      }
    }),
    deleteCase: (caseRef) => statements.deleteCase.run(caseRef).changes > 0,
    transaction: (work) => db.transaction(work)(),
    close: () => db.close(),
  };
}
