import { expect } from '../testing.js';
import { scaleLinear } from 'd3-scale';
import fc from 'fast-check';
import { linearMap } from '../../packages/components/src/shared/linear.js';

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });

describe('linearMap()', () => {
  it("agrees with d3-scale's clamped scaleLinear on any domain, range and value", () => {
    fc.assert(
      fc.property(finite, finite, finite, finite, finite, (d0, d1, r0, r1, v) => {
        const ours = linearMap([d0, d1], [r0, r1])(v);
        const d3 = scaleLinear().domain([d0, d1]).range([r0, r1]).clamp(true)(v);
        expect(Math.abs(ours - d3)).to.be.at.most(1e-9 * Math.max(1, Math.abs(r0), Math.abs(r1)));
      }),
    );
  });

  it('clamps to the range ends and maps an empty domain to the middle', () => {
    const x = linearMap([0, 10], [0, 100]);
    expect([x(-5), x(0), x(2.5), x(10), x(99)]).to.deep.equal([0, 0, 25, 100, 100]);
    expect(linearMap([3, 3], [0, 100])(3)).to.equal(50);
    expect(linearMap([10, 0], [0, 100])(2.5)).to.equal(75);
  });
});
