/**
 * A small seeded pseudo-random generator (mulberry32) for fictional data:
 * the same seed gives the same numbers on every machine and in every run,
 * which Math.random cannot promise. Not for anything that must be secret.
 */
export class SeededRandom {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    return this.uint32() / 4_294_967_296;
  }

  /** A whole number in [0, 2³²): one step of mulberry32. */
  uint32(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(values: readonly T[]): T {
    return values[Math.floor(this.next() * values.length)]!;
  }

  /** One value, chosen in proportion to its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, weight] of entries) total += weight;
    let left = this.next() * total;
    for (const [value, weight] of entries) {
      left -= weight;
      if (left < 0) return value;
    }
    return entries.at(-1)![0];
  }

  /** Roughly normal with mean 0 and standard deviation 1 (the sum of four uniforms, rescaled): cheap, and bounded at ±3.5. */
  normal(): number {
    return (this.next() + this.next() + this.next() + this.next() - 2) * Math.sqrt(3);
  }

  /** `count` different values from `values`, in random order. */
  sample<T>(values: readonly T[], count: number): T[] {
    const pool = [...values];
    const chosen: T[] = [];
    while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]!);
    return chosen;
  }

  /**
   * A UUID in version 4 format. Ids drawn from one generator start from
   * different states (the state runs through every 32-bit value before it
   * repeats), so two would need all four words drawn to coincide.
   */
  uuid(): string {
    const a = hex8(this.uint32());
    const b = hex8(this.uint32());
    const c = this.uint32();
    const d = hex8(this.uint32());
    const cHex = hex8(c);
    return `${a}-${b.slice(0, 4)}-4${b.slice(5)}-${((c >>> 30) | 8).toString(16)}${cHex.slice(1, 4)}-${cHex.slice(4)}${d}`;
  }
}

const hex8 = (value: number) => value.toString(16).padStart(8, '0');

/** A 32-bit seed from a string (FNV-1a), so that a cached part can be rebuilt the same whatever was built before it. */
export function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let at = 0; at < text.length; at++) hash = Math.imul(hash ^ text.charCodeAt(at), 0x01000193);
  return hash >>> 0;
}
