// The version that wrote a cache or prompt file: one written by another version is rebuilt,
// so an upgrade that changes what a figure means never shows a stale one.
declare const __MLROAD_VERSION__: string;
export const VERSION: string = typeof __MLROAD_VERSION__ === 'string' ? __MLROAD_VERSION__ : '0.0.0-dev';
