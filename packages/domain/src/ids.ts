import { v5 as uuidv5, v7 as uuidv7 } from 'uuid';

const UNIT_NAMESPACE = '5d1f3c52-8a0e-4c1b-9b7e-2a6f0e7c4d11';
const DEMO_NAMESPACE = '9e2b7a40-3c6d-4f8e-a1b2-7c5d9e0f1a23';

/**
 * The id of a seeded unit, from its key: its GB/T 2260 code for a region, `code/slug` for a
 * unit that belongs to a region (`120103/xfb`). Stable, so every service's seed agrees on it
 * without asking the units service.
 */
export const unitIdForKey = (key: string): string => uuidv5(`unit:${key}`, UNIT_NAMESPACE);

/** A stable id for other demo records (accounts, officials), from a readable key. */
export const demoId = (kind: string, key: string): string => uuidv5(`${kind}:${key}`, DEMO_NAMESPACE);

/** A new time-ordered id (UUIDv7): good locality in indexes. */
export const newId = (): string => uuidv7();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string): boolean => UUID.test(value);
