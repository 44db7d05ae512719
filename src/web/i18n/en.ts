import { accountsEn } from './accounts.en';
import { agreementsEn } from './agreements.en';
import { ingestEn } from './ingest.en';
import type { Messages } from './id';

/** English dictionary; typed as {@link Messages} so a missing or extra key fails to compile. */
export const en: Messages = {
  'app.name': 'Sinergi',
  'app.subtitle': 'Inter-regional Government Cooperation Information System',
  'app.homeLink': 'Sinergi, go to home',
  'nav.main': 'Main navigation',
  'nav.wilayah': 'Regions',
  'nav.tentang': 'About',
  'lang.label': 'Language',
  'lang.id': 'ID',
  'lang.en': 'EN',
  'lang.idName': 'Bahasa Indonesia',
  'lang.enName': 'English',
  'footer.license': 'Sinergi is open-source software (AGPL-3.0-or-later).',
  'footer.data': 'Region data: idn-area-data (ODbL 1.0) and cahyadsn/wilayah_boundaries (MIT).',

  'common.loading': 'Loading…',
  'error.title': 'Could not load data',
  'error.network': 'The Sinergi server cannot be reached. Check the connection, then reload the page.',
  'error.requestId': 'Request ID: {id}',
  'error.reload': 'Reload',

  'level.all': 'All',
  'level.provinsi': 'Province',
  'level.kabupaten': 'Regency',
  'level.kota': 'City',

  'wilayah.title': 'Regions',
  'wilayah.intro':
    'Provinces, regencies (kabupaten) and cities (kota) by Kemendagri code. Search by name, common name or code.',
  'wilayah.search.label': 'Search regions',
  'wilayah.search.placeholder': 'Name or code, e.g. Kota Bekasi or 32.75',
  'wilayah.search.clear': 'Clear search',
  'wilayah.filter.level': 'Level',
  'wilayah.filter.province': 'Province',
  'wilayah.filter.provinceAll': 'All provinces',
  'wilayah.filter.provinceNone': 'No province found',
  'wilayah.total': '{count} regions',
  'wilayah.totalOne': '{count} region',
  'wilayah.pageInfo': 'Page {page} of {pages}',
  'wilayah.col.name': 'Name',
  'wilayah.col.level': 'Level',
  'wilayah.col.province': 'Province',
  'wilayah.col.code': 'Code',
  'wilayah.empty.title': 'No matching regions',
  'wilayah.empty.hint': 'Check the spelling or clear the filters.',
  'wilayah.clearFilters': 'Clear filters',
  'wilayah.pagination': 'Search result pages',
  'wilayah.nonAutonomous': 'administrative',

  'region.breadcrumbs': 'You are here',
  'region.details': 'Details',
  'region.code': 'Kemendagri code',
  'region.level': 'Level',
  'region.province': 'Province',
  'region.coordinates': 'Centre point',
  'region.status': 'Status',
  'region.autonomous': 'Autonomous region',
  'region.administrative': 'Administrative area (not an autonomous region)',
  'region.administrativeHint':
    "DKI Jakarta's administrative cities and regency are in the code list but cannot be parties to cooperation on their own.",
  'region.children.title': 'Regencies and cities',
  'region.children.count': '{kabupaten} regencies, {kota} cities',
  'region.map.title': 'Map',
  'region.map.label': 'Boundary map of {name}',
  'region.map.noGeometry': 'Boundary not available; only the centre point is shown.',
  'region.map.attribution': 'Boundaries: cahyadsn/wilayah_boundaries (MIT)',
  'region.map.legend': 'Line: boundary. Dot: centre point.',
  'region.notFound.title': 'Region not found',
  'region.notFound.text': 'There is no region with code {code}.',
  'region.backToList': 'Back to the region list',

  'about.title': 'About Sinergi',
  'about.lead':
    'Sinergi is an information system for regional cooperation (kerja sama daerah): where regional governments record, monitor and report their cooperation with other regions, third parties and foreign partners.',
  'about.body':
    'Sinergi follows the cooperation lifecycle of PP 28/2018 and Permendagri 22/2020, from the offer, the framework agreement (Kesepakatan Bersama) and the implementing agreement (Perjanjian Kerja Sama) to implementation, monitoring and reporting, so it shows which cooperation is alive and which has stalled.',
  'about.data.title': 'Data sources',
  'about.data.codes':
    'Region codes and names: idn-area-data (github.com/fityannugroho/idn-area-data), ODbL 1.0.',
  'about.data.boundaries':
    'Region boundaries and centre points: cahyadsn/wilayah_boundaries, Copyright (c) 2024 Cahya DSN, MIT License.',
  'about.data.sectors':
    'Sector taxonomy: the government affairs (urusan pemerintahan) of Law No. 23 of 2014 on Regional Government (UU 23/2014), plus supporting functions and cross-cutting keys.',
  'about.api.title': 'Open API',
  'about.api.text': 'All data shown here is available through a JSON API with an OpenAPI contract.',
  'about.api.docs': 'API reference',
  'about.api.openapi': 'OpenAPI specification (JSON)',
  'about.health.title': 'Server status',
  'about.health.ok': 'Running',
  'about.health.database': 'Database',
  'about.health.version': 'Version',
  'about.health.migrations': 'Applied migrations',
  'about.health.pglite': 'PGlite (embedded)',
  'about.health.postgresql': 'PostgreSQL',

  'notFound.title': 'Page not found',
  'notFound.text': 'The address {path} does not exist in Sinergi.',
  'notFound.home': 'Go to the region list',
  ...agreementsEn,
  ...accountsEn,
  ...ingestEn,
};
