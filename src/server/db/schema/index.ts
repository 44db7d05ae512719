/** The Drizzle schema: one file per area, re-exported here for the client and drizzle-kit. */
export * from './regions.js';
export * from './accounts.js';
export * from './agreements.js';
export * from './records.js';
export * from './monitoring.js';
export * from './notifications.js';
