/**
 * A synthetic national data set: 50,000 agreements across all 552 regions (KSDD between neighbours
 * mostly, some across provinces, some with third parties), with parties, sectors, stages, acting
 * signatories and searchable text; then the records around them (`generateRecords`): OPDs, 20,000
 * visits, 10,000 meetings with their decisions, 200,000 follow-up actions and 5,000 programs with
 * their budgets per year. Deterministic for a seed, loaded with multi-row inserts.
 *
 *   npx tsx bench/generate-national.ts [count]          # into DATA_DIR's PGlite or DATABASE_URL
 *
 * The bench (bench/agreements.bench.ts) imports `generateNational` and `generateRecords`.
 */
import type { Database } from '../src/server/db/client';
import { loadConfig } from '../src/server/config';
import { openDatabase } from '../src/server/db/client';
import { runMigrations } from '../src/server/db/migrate';
import { loadReferenceData } from '../src/server/db/reference';
import {
  analyzeAgreementTables,
  bulkInsertAgreements,
  bulkInsertParties,
  countAgreements,
  type PartyInsert,
  type SearchTexts,
} from '../src/server/features/agreements/repo';
import { buildSearchTexts } from '../src/server/features/agreements/search-text';
import { bulkInsertOrganizations } from '../src/server/features/organizations/repo';
import { addDays, addYears, type Stage } from '../src/domain/agreements';
import { displayName, regions, type Region } from '../src/domain/regions';
import { sectorKeys } from '../src/domain/taxonomy/sectors';
import { generateRecords } from './generate-records';
import { random, weighted } from './random';

export { generateRecords };

const topics: ReadonlyArray<[string, (typeof sectorKeys)[number]]> = [
  ['pengelolaan sampah regional', 'lingkungan_hidup'],
  ['penyediaan air minum lintas daerah', 'pekerjaan_umum_penataan_ruang'],
  ['pengembangan pariwisata terpadu', 'pariwisata'],
  ['peningkatan pelayanan kesehatan rujukan', 'kesehatan'],
  ['pendidikan dan pertukaran guru', 'pendidikan'],
  ['penanggulangan bencana dan kedaruratan', 'penanggulangan_bencana'],
  ['transportasi dan angkutan antarkota', 'perhubungan'],
  ['digitalisasi pendapatan asli daerah', 'keuangan_daerah'],
  ['pengembangan UMKM dan ekonomi kreatif', 'koperasi_ukm'],
  ['ketahanan pangan dan distribusi beras', 'pangan'],
  ['pengelolaan daerah aliran sungai', 'lingkungan_hidup'],
  ['pertukaran data kependudukan', 'administrasi_kependudukan'],
  ['pengembangan kawasan industri', 'perindustrian'],
  ['promosi investasi bersama', 'penanaman_modal'],
  ['peningkatan kapasitas aparatur', 'kepegawaian_sdm_aparatur'],
  ['pengembangan pertanian organik', 'pertanian'],
  ['perlindungan perempuan dan anak', 'pemberdayaan_perempuan_perlindungan_anak'],
  ['pengelolaan perikanan tangkap', 'kelautan_perikanan'],
  ['sistem pemerintahan berbasis elektronik', 'komunikasi_informatika'],
  ['pelestarian cagar budaya', 'kebudayaan'],
];

const stagesByWeight: ReadonlyArray<[Stage, number]> = [
  ['persiapan', 5],
  ['penawaran', 4],
  ['ksb', 6],
  ['pelaksanaan', 40],
  ['monitoring_evaluasi', 15],
  ['pelaporan', 8],
  ['berakhir', 15],
  ['diperpanjang', 3],
  ['diakhiri', 4],
];

export type GenerateOptions = {
  /** Number of agreements (default 50,000). */
  count?: number;
  seed?: number;
  /** Rows per insert statement. */
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
};

/**
 * Loads the synthetic national data set into a migrated database with reference data. Returns the
 * number of agreements and the time taken. Idempotent enough for benches: it refuses to load twice.
 */
export async function generateNational(database: Database, options: GenerateOptions = {}) {
  const count = options.count ?? 50_000;
  const batchSize = options.batchSize ?? 500;
  const rng = random(options.seed ?? 20_240_807);
  const started = performance.now();
  const db = database.db;
  if ((await countAgreements(db)) >= count) return { count: 0, ms: 0, skipped: true };

  const autonomous = regions.filter((region) => region.autonomous);
  const byProvince = new Map<string, Region[]>();
  for (const region of autonomous) {
    const province = region.provinceCode ?? region.code;
    byProvince.set(province, [...(byProvince.get(province) ?? []), region]);
  }
  const organizationIds = await bulkInsertOrganizations(
    db,
    Array.from({ length: 300 }, (_, index) => ({
      name: `${rng.pick(['PT', 'CV', 'Universitas', 'Yayasan', 'Perumda'])} Mitra Daerah ${index + 1}`,
      kind: rng.pick(['perusahaan', 'universitas', 'lsm', 'bumn_bumd'] as const),
    })),
  );
  const organizationNames = new Map(organizationIds.map((id, index) => [id, `Mitra Daerah ${index + 1}`]));

  for (let offset = 0; offset < count; offset += batchSize) {
    const agreements: Array<{
      values: Parameters<typeof bulkInsertAgreements>[1][number]['values'];
      texts: SearchTexts;
    }> = [];
    const parties: PartyInsert[] = [];
    for (let index = offset; index < Math.min(count, offset + batchSize); index += 1) {
      const id = crypto.randomUUID();
      const first = rng.pick(autonomous);
      const neighbours = byProvince.get(first.provinceCode ?? first.code) ?? autonomous;
      let second = rng.chance(0.7) ? rng.pick(neighbours) : rng.pick(autonomous);
      if (second.code === first.code)
        second = autonomous[(autonomous.indexOf(first) + 1) % autonomous.length]!;
      const thirdParty = rng.chance(0.12) ? rng.pick(organizationIds) : null;
      const [topic, sector] = rng.pick(topics);
      const extraSector = rng.chance(0.4) ? rng.pick(sectorKeys) : null;
      const sectors = [...new Set([sector, ...(extraSector ? [extraSector] : [])])];
      const documentType = rng.chance(0.65) ? 'kesepakatan_bersama' : 'perjanjian_kerja_sama';
      const signingDate = addDays('2015-01-01', rng.int(0, 11 * 365));
      const validUntil = addDays(addYears(signingDate, rng.int(1, 5)), -1);
      const stage = weighted(rng, stagesByWeight);
      const spelling = rng.pick(['Kerja Sama', 'Kerjasama', 'Kerja-sama']);
      const partyNames = [
        displayName(first),
        displayName(second),
        ...(thirdParty ? [organizationNames.get(thirdParty)!] : []),
      ];
      const title = `${documentType === 'kesepakatan_bersama' ? 'Kesepakatan Bersama' : 'Perjanjian Kerja Sama'} tentang ${spelling} ${topic} antara ${partyNames.slice(0, 2).join(' dan ')}`;
      const purpose = `Meningkatkan ${topic} melalui sinergi ${partyNames.join(', ')}`;
      const objectScope = `Ruang lingkup meliputi perencanaan, pelaksanaan, dan evaluasi ${topic}`;
      const regionCodes = [...new Set([first.code, second.code])].sort();
      agreements.push({
        values: {
          id,
          kind: thirdParty ? 'ksdpk' : 'ksdd',
          ksddNature: thirdParty ? null : rng.pick(['wajib', 'sukarela']),
          documentType,
          title,
          signingDate,
          signingPlace: `Kantor ${displayName(first)}`,
          validFrom: signingDate,
          validUntil,
          sectors,
          purpose,
          objectScope,
          stage,
          stageDate: signingDate,
          actingSignatory: rng.chance(0.15),
          partyRegionCodes: regionCodes,
          ownerRegionCode: first.code,
          published: rng.chance(0.3),
        },
        texts: buildSearchTexts({
          title,
          purpose,
          objectScope,
          notes: null,
          sectors,
          partyNames,
          documentTexts: [],
        }),
      });
      const partyList: Array<{ regionCode: string | null; organizationId: string | null }> = [
        { regionCode: first.code, organizationId: null },
        ...(second.code !== first.code ? [{ regionCode: second.code, organizationId: null }] : []),
        ...(thirdParty ? [{ regionCode: null, organizationId: thirdParty }] : []),
      ];
      partyList.forEach((party, position) =>
        parties.push({
          agreementId: id,
          position,
          partyKind: party.regionCode ? 'region' : 'organization',
          regionCode: party.regionCode,
          organizationId: party.organizationId,
          documentNumber: `${rng.int(100, 999)}/${rng.int(1, 300)}/${party.regionCode ?? 'MITRA'}/${signingDate.slice(0, 4)}`,
          confirmedAt: party.regionCode && (position === 0 || rng.chance(0.6)) ? new Date() : null,
        }),
      );
    }
    await database.db.transaction(async (tx) => {
      await bulkInsertAgreements(tx, agreements);
      await bulkInsertParties(tx, parties);
    });
    options.onProgress?.(Math.min(count, offset + batchSize), count);
  }
  await analyzeAgreementTables(db);
  return { count, ms: performance.now() - started, skipped: false };
}

// Command line: load into the configured database.
if (import.meta.url === `file://${process.argv[1]}`) {
  const config = loadConfig();
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.dataDir,
    purpose: 'generate',
  });
  try {
    await runMigrations(database);
    await loadReferenceData(database);
    const result = await generateNational(database, {
      count: process.argv[2] ? Number(process.argv[2]) : undefined,
      onProgress: (done, total) => {
        if (done % 5000 === 0 || done === total) process.stdout.write(`${done}/${total}\n`);
      },
    });
    process.stdout.write(
      result.skipped
        ? 'Already loaded.\n'
        : `Loaded ${result.count} agreements in ${Math.round(result.ms)} ms\n`,
    );
    const records = await generateRecords(database);
    process.stdout.write(
      records.skipped
        ? 'Records already loaded.\n'
        : `Loaded ${JSON.stringify(records.counts)} in ${Math.round(records.ms)} ms\n`,
    );
  } finally {
    await database.close();
  }
}
