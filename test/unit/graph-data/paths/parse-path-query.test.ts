// The query-bar language: parsing, error positions and the format/parse round trip.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_K,
  DEFAULT_MAX_HOPS,
  formatPathQuery,
  type PathQuery,
  parsePathQuery,
} from '../../../../graph-data/paths';

function parsed(text: string): PathQuery {
  const result = parsePathQuery(text);
  if (!result.ok) throw new Error(`parse failed: ${result.error.message} at ${result.error.position}`);
  return result.query;
}

function errorAt(text: string): { message: string; token: string } {
  const result = parsePathQuery(text);
  if (result.ok) throw new Error(`expected an error for ${text}`);
  const { position, length, message } = result.error;
  return { message, token: text.slice(position, position + length) };
}

describe('parsePathQuery', () => {
  it('parses the example of the issue', () => {
    expect(parsed('ECOWAS -> Liberia via intervened-in,deployed max 3')).toEqual({
      from: 'ECOWAS',
      to: 'Liberia',
      mode: 'shortest',
      maxHops: 3,
      k: DEFAULT_K,
      direction: 'follow',
      via: ['intervened-in', 'deployed'],
    });
  });

  it('parses every clause', () => {
    const query = parsed(
      'African Union → Responsibility "to" Protect direction any k 4 exclude NATO, "Kosovo Force" without undermines through Somalia from 1990 to 2000 weighted confidence max hops 5',
    );
    expect(query).toMatchObject({
      from: 'African Union',
      to: 'Responsibility to Protect',
      direction: 'any',
      mode: 'k-shortest',
      k: 4,
      excludeEntities: ['NATO', 'Kosovo Force'],
      excludeRelationTypes: ['undermines'],
      through: 'Somalia',
      period: { start: 1990, end: 2000 },
      weightAttribute: 'confidence',
      maxHops: 5,
    });
    expect(parsed('a -> b all').mode).toBe('all');
    expect(parsed('a -> b weighted')).toMatchObject({ mode: 'weighted' });
    expect(parsed('a -> b weighted').weightAttribute).toBeUndefined();
    expect(parsed('a->b').to).toBe('b');
    expect(parsed('All Africa -> b').from).toBe('All Africa');
    expect(parsed('a -> b max-hops 2').maxHops).toBe(2);
    expect(parsed('a -> b exclude x exclude y').excludeEntities).toEqual(['x', 'y']);
    expect(parsed('a -> Liberation from below').to).toBe('Liberation from below');
  });

  it('points at the bad token', () => {
    expect(errorAt('a -> b max x')).toMatchObject({ token: 'x' });
    expect(errorAt('a -> b direction sideways').token).toBe('sideways');
    expect(errorAt('a -> b all k 3')).toMatchObject({ token: 'k', message: expect.stringMatching(/conflicts/) });
    expect(errorAt('a b c').message).toMatch(/->/);
    expect(errorAt('a -> b from 2000 to 1990').token).toBe('1990');
    expect(errorAt('a -> b from 2000 until 2010').token).toBe('until');
    expect(errorAt('a -> "b').token).toBe('"b');
    expect(errorAt('-> b').token).toBe('->');
    expect(errorAt('a -> max 3').token).toBe('max');
    expect(errorAt('a -> b via').message).toMatch(/relation types/);
    expect(errorAt('a -> b max 0').token).toBe('0');
    expect(errorAt('a -> b all weighted').message).toMatch(/weighted/);
  });

  it('reports positions as offsets into the original text', () => {
    const text = '  ECOWAS   ->  Liberia   max   lots';
    const result = parsePathQuery(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.position).toBe(text.indexOf('lots'));
  });
});

const word = fc.stringMatching(/^[A-Za-zÀ-ÿ0-9'()._-]{1,8}$/).filter((w) => w !== '->' && !w.startsWith('->'));
const name = fc
  .array(
    fc.oneof(
      { arbitrary: word, weight: 5 },
      { arbitrary: fc.constantFrom('via', 'to', 'from', 'k', 'all', 'a"b', 'x,y', '1999', 'c\\d'), weight: 1 },
    ),
    {
      minLength: 1,
      maxLength: 3,
    },
  )
  .map((words) => words.join(' '));
const typeId = fc.stringMatching(/^[a-z][a-z-]{0,10}$/);

const queryArb: fc.Arbitrary<PathQuery> = fc
  .record({
    from: name,
    to: name,
    mode: fc.constantFrom('shortest', 'all', 'k-shortest', 'weighted') as fc.Arbitrary<PathQuery['mode']>,
    maxHops: fc.integer({ min: 1, max: 12 }),
    k: fc.integer({ min: 1, max: 9 }),
    direction: fc.constantFrom('follow', 'against', 'any') as fc.Arbitrary<PathQuery['direction']>,
    via: fc.option(fc.array(typeId, { minLength: 1, maxLength: 3 }), { nil: undefined }),
    excludeRelationTypes: fc.option(fc.array(typeId, { minLength: 1, maxLength: 2 }), { nil: undefined }),
    excludeEntities: fc.option(fc.array(name, { minLength: 1, maxLength: 2 }), { nil: undefined }),
    through: fc.option(name, { nil: undefined }),
    period: fc.option(
      fc.tuple(fc.integer({ min: -500, max: 2100 }), fc.nat(50)).map(([start, span]) => ({ start, end: start + span })),
      { nil: undefined },
    ),
    weightAttribute: fc.option(fc.constantFrom('weight', 'confidence', 'cost'), { nil: undefined }),
  })
  .map((q) => {
    // Normalise what the text form deliberately does not carry: k outside k-shortest, weights under `all`.
    const query: PathQuery = { ...q, k: q.mode === 'k-shortest' ? q.k : DEFAULT_K };
    if (q.mode === 'all' || q.mode === 'shortest') delete query.weightAttribute;
    for (const key of Object.keys(query) as (keyof PathQuery)[]) if (query[key] === undefined) delete query[key];
    return query;
  });

describe('formatPathQuery', () => {
  it('round-trips through parsePathQuery', () => {
    fc.assert(
      fc.property(queryArb, (query) => {
        expect(parsed(formatPathQuery(query))).toEqual(query);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves defaults out', () => {
    expect(
      formatPathQuery({
        from: 'a',
        to: 'b',
        mode: 'shortest',
        maxHops: DEFAULT_MAX_HOPS,
        k: DEFAULT_K,
        direction: 'follow',
      }),
    ).toBe('a -> b');
  });
});
