import { describe, expect, it } from 'vitest';
import { extract } from '../src/pipeline.js';

describe('extract without a publication date', () => {
  const text = 'The talks began on March 3, 2023 and will resume on Friday, officials said.';

  it('says that relative times are not resolved, and still resolves absolute dates', () => {
    const r = extract(text, { format: 'text' });
    expect(r.meta.warnings).toEqual(['no publication date found: relative times ("Friday", "yesterday") are not resolved (see --published)']);
    expect(r.times.map((t) => t.value)).toEqual(['2023-03-03']);
  });

  it('resolves them, without the warning, once the date is given', () => {
    const r = extract(text, { format: 'text', published: '2023-03-07' });
    expect(r.meta.warnings).toBeUndefined();
    expect(r.times.map((t) => t.value)).toEqual(['2023-03-03', '2023-03-10']);
  });
});
