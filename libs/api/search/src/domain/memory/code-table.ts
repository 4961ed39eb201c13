/**
 * Values of one attribute (topics, audiences, languages, …) as bit numbers, so an offer's set
 * of values is one 32-bit mask: filters are one AND, facet counts walk the set bits. Values
 * beyond the 32nd share the last bit as "other" and are checked on the offer's array instead.
 */
export class CodeTable {
  static readonly OVERFLOW = 31;
  private readonly bits = new Map<string, number>();
  private readonly values: string[] = [];

  bit(value: string): number {
    let bit = this.bits.get(value);
    if (bit === undefined) {
      bit = Math.min(this.values.length, CodeTable.OVERFLOW);
      if (this.values.length < CodeTable.OVERFLOW) {
        this.values.push(value);
        this.bits.set(value, bit);
      }
    }
    return bit;
  }

  mask(values: readonly string[]): number {
    let mask = 0;
    for (const value of values) mask |= 1 << this.bit(value);
    return mask >>> 0;
  }

  /** The mask of values asked for; `exact` is false when one of them is beyond the table (check the arrays). */
  query(values: readonly string[]): { mask: number; exact: boolean } {
    let mask = 0;
    let exact = true;
    for (const value of values) {
      const bit = this.bits.get(value);
      if (bit === undefined) {
        if (this.values.length >= CodeTable.OVERFLOW) {
          mask |= 1 << CodeTable.OVERFLOW;
          exact = false;
        }
      } else mask |= 1 << bit;
    }
    return { mask: mask >>> 0, exact };
  }

  /** The value of a bit, or null for the overflow bit. */
  value(bit: number): string | null {
    return bit < this.values.length && bit < CodeTable.OVERFLOW ? (this.values[bit] as string) : null;
  }
}
