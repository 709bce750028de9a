// Checks the shared error vocabulary: the base class, the cancellation callers recognise, and errorMessage for anything thrown.
import { describe, expect, it } from 'vitest';
import { AtlasError, CancelledError, errorMessage, isCancellation } from '../../../graph-data/model/errors';
import { GraphFileError } from '../../../graph-data/model/graph-errors';
import { PathQueryError } from '../../../graph-data/paths/path-constraints';

describe('errorMessage', () => {
  it('gives an Error its message and keeps a thrown string as it is', () => {
    expect(errorMessage(new Error('disk full'))).toBe('disk full');
    expect(errorMessage(new TypeError('bad type'))).toBe('bad type');
    expect(errorMessage('plain text')).toBe('plain text');
  });
  it('turns any other value into text, even one whose toString throws', () => {
    expect(errorMessage(42)).toBe('42');
    expect(errorMessage(undefined)).toBe('undefined');
    expect(errorMessage(null)).toBe('null');
    const hostile = {
      toString() {
        throw new Error('no');
      },
    };
    expect(errorMessage(hostile)).toBe('Unknown error');
    expect(errorMessage(Object.create(null))).toBe('Unknown error');
  });
});

describe('error classes', () => {
  it('our errors share the base class and keep their own names', () => {
    const file = new GraphFileError('a.json', 'bad', { line: 3 });
    const query = new PathQueryError('no weights');
    for (const error of [file, query, new CancelledError()]) expect(error).toBeInstanceOf(AtlasError);
    expect(file.name).toBe('GraphFileError');
    expect(query.name).toBe('PathQueryError');
    expect(new AtlasError('x').name).toBe('AtlasError');
    expect(errorMessage(file)).toBe('a.json:3: bad');
  });
  it('a cancellation is recognisable, and nothing else passes for one', () => {
    const cancelled = new CancelledError('The layout');
    expect(cancelled.message).toBe('The layout was cancelled.');
    expect(cancelled.name).toBe('CancelledError');
    expect(isCancellation(cancelled)).toBe(true);
    expect(isCancellation(new Error('The layout was cancelled.'))).toBe(false);
    expect(isCancellation(new AtlasError('x'))).toBe(false);
    expect(isCancellation('cancelled')).toBe(false);
  });
  it('keeps a cause', () => {
    const cause = new Error('EACCES');
    expect(new AtlasError('Could not save', { cause }).cause).toBe(cause);
  });
});
