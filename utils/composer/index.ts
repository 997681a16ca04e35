/** Composer detection and editor adapters (see detect.ts and adapters.ts). */
export * from './detect';
export * from './adapters';
export * from './text-map';
