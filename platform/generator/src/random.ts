import { v7 } from 'uuid';

/**
 * A seeded pseudo-random source (sfc32 from a splitmix32-stretched seed): the same seed gives the
 * same history. Never used for secrets: the tracking codes it draws are as unguessable as the
 * seed is secret, which is why the generator is a demo and load-test tool only.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let s = seed >>> 0;
    const next = () => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
  }

  /** A number in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t / 4294967296;
  }

  /** An integer in [0, below). */
  int = (below: number): number => Math.floor(this.next() * below);

  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  /** One of `items`, in proportion to `weight`. */
  weighted<T>(items: readonly T[], weight: (item: T) => number): T {
    const total = items.reduce((sum, item) => sum + weight(item), 0);
    let r = this.next() * total;
    for (const item of items) {
      r -= weight(item);
      if (r < 0) return item;
    }
    return items[items.length - 1]!;
  }

  /** A duration skewed to short ones (log-normal-ish): the median `median`, rarely past `max`. */
  skewed(median: number, max: number): number {
    const u = Math.max(1e-9, this.next());
    const v = this.next();
    const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    return Math.min(max, median * Math.exp(0.8 * normal));
  }

  /** A UUIDv7 for a row made at `at` (time-ordered like the service's own ids), its random part drawn here. */
  id(at: Date): string {
    const random = new Uint8Array(16);
    for (let i = 0; i < 16; i++) random[i] = this.int(256);
    return v7({ msecs: at.getTime(), random });
  }
}
