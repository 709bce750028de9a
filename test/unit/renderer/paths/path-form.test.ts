// Checks the path form: form ↔ PathQuery both ways, defaults, lists and periods, and actionable errors.
import { describe, expect, it } from 'vitest';
import { DEFAULT_K, DEFAULT_MAX_HOPS, defaultPathQuery, type PathQuery } from '../../../../graph-data/paths';
import { EMPTY_FORM, formToQuery, queryToForm, replaceName } from '../../../../renderer/paths/path-form';

describe('formToQuery', () => {
  it('gives the default query for just From and To (trimmed)', () => {
    expect(formToQuery({ ...EMPTY_FORM, from: ' ECOWAS ', to: 'Liberia' })).toEqual({
      ok: true,
      query: defaultPathQuery('ECOWAS', 'Liberia'),
    });
  });

  it('reads lists, waypoint, direction, period and weight', () => {
    const result = formToQuery({
      ...EMPTY_FORM,
      from: 'A',
      to: 'B',
      mode: 'k-shortest',
      k: '4',
      maxHops: '5',
      via: 'deployed, intervened-in,,',
      excludeRelationTypes: 'undermines',
      excludeEntities: 'NATO, Kosovo Force',
      through: ' Somalia ',
      direction: 'any',
      periodStart: '1990',
      periodEnd: '2000',
      weightAttribute: 'confidence',
    });
    expect(result).toEqual({
      ok: true,
      query: {
        from: 'A',
        to: 'B',
        mode: 'k-shortest',
        k: 4,
        maxHops: 5,
        via: ['deployed', 'intervened-in'],
        excludeRelationTypes: ['undermines'],
        excludeEntities: ['NATO', 'Kosovo Force'],
        through: 'Somalia',
        direction: 'any',
        period: { start: 1990, end: 2000 },
        weightAttribute: 'confidence',
      },
    });
  });

  it('reads one year alone as that single year, and ignores a weight outside weighted modes', () => {
    const result = formToQuery({ ...EMPTY_FORM, from: 'A', to: 'B', periodEnd: '1995', weightAttribute: 'w' });
    expect(result).toMatchObject({ ok: true, query: { period: { start: 1995, end: 1995 } } });
    expect(result.ok ? result.query.weightAttribute : 'failed').toBeUndefined();
  });

  it.each([
    [{ from: '' }, 'from'],
    [{ to: '  ' }, 'to'],
    [{ maxHops: '0' }, 'maxHops'],
    [{ maxHops: '2.5' }, 'maxHops'],
    [{ mode: 'k-shortest' as const, k: 'x' }, 'k'],
    [{ periodStart: 'then' }, 'periodStart'],
    [{ periodStart: '2000', periodEnd: '1990' }, 'periodEnd'],
  ])('rejects %j, naming the field %s', (patch, field) => {
    const result = formToQuery({ ...EMPTY_FORM, from: 'A', to: 'B', ...patch });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.field).toBe(field);
      expect(result.message.length).toBeGreaterThan(10);
    }
  });
});

describe('queryToForm', () => {
  it('round-trips through the form', () => {
    const query: PathQuery = {
      from: 'African Union',
      to: 'Responsibility to Protect',
      mode: 'weighted',
      maxHops: 4,
      k: DEFAULT_K,
      via: ['guides', 'supports'],
      excludeEntities: ['NATO'],
      through: 'Somalia',
      direction: 'against',
      period: { start: 1990, end: 2005 },
      weightAttribute: 'confidence',
    };
    expect(formToQuery(queryToForm(query))).toEqual({ ok: true, query });
  });

  it('shows defaults as text', () => {
    const form = queryToForm(defaultPathQuery('A', 'B'));
    expect(form.maxHops).toBe(String(DEFAULT_MAX_HOPS));
    expect(form.via).toBe('');
    expect(form.periodStart).toBe('');
  });
});

describe('replaceName', () => {
  it('puts the chosen candidate wherever the unresolved name was, and nowhere else', () => {
    const form = { ...EMPTY_FORM, from: 'Libera ', to: 'ECOWAS', through: 'Libera', excludeEntities: 'NATO, Libera' };
    expect(replaceName(form, 'Libera', 'Liberia')).toMatchObject({
      from: 'Liberia',
      to: 'ECOWAS',
      through: 'Liberia',
      excludeEntities: 'NATO, Liberia',
    });
    expect(replaceName(EMPTY_FORM, 'Libera', 'Liberia')).toEqual(EMPTY_FORM);
  });
});
