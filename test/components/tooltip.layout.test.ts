import { expect } from '../testing.js';
import fc from 'fast-check';
import { placeTooltip } from '../../packages/components/src/shared/tooltip.layout.js';

/** A widget from 320 to 1000 px wide, a tooltip that fits in it, and a mark anywhere inside it. */
const scene = fc
  .record({ width: fc.integer({ min: 320, max: 1000 }), height: fc.integer({ min: 60, max: 900 }) })
  .chain((box) =>
    fc.record({
      box: fc.constant(box),
      tip: fc.record({
        width: fc.integer({ min: 40, max: box.width }),
        height: fc.integer({ min: 20, max: box.height }),
      }),
      anchor: fc
        .record({
          x: fc.double({ min: 0, max: box.width, noNaN: true }),
          y: fc.double({ min: 0, max: box.height, noNaN: true }),
        })
        .chain(({ x, y }) =>
          fc.record({
            x: fc.constant(x),
            y: fc.constant(y),
            width: fc.double({ min: 0, max: box.width - x, noNaN: true }),
            height: fc.double({ min: 0, max: box.height - y, noNaN: true }),
          }),
        ),
    }),
  );

const EPS = 1e-9;

describe('placeTooltip()', () => {
  it('keeps a tooltip that fits inside the widget, for any mark inside any widget', () => {
    fc.assert(
      fc.property(scene, ({ box, tip, anchor }) => {
        const p = placeTooltip(anchor, tip, box);
        expect(p.x).to.be.at.least(-EPS);
        expect(p.y).to.be.at.least(-EPS);
        expect(p.x + tip.width).to.be.at.most(box.width + EPS);
        expect(p.y + tip.height).to.be.at.most(box.height + EPS);
        expect(p.pointerX).to.be.within(0, tip.width);
      }),
      { numRuns: 2000 },
    );
  });

  it('never covers the mark when there is room above or below it', () => {
    fc.assert(
      fc.property(scene, ({ box, tip, anchor }) => {
        const roomAbove = anchor.y - 6 >= tip.height;
        const roomBelow = box.height - (anchor.y + anchor.height) - 6 >= tip.height;
        fc.pre(roomAbove || roomBelow);
        const p = placeTooltip(anchor, tip, box);
        const clear = p.y + tip.height <= anchor.y + EPS || p.y >= anchor.y + anchor.height - EPS;
        expect(clear).to.equal(true);
      }),
    );
  });

  it('goes above a mark with room above, centred on it', () => {
    const p = placeTooltip(
      { x: 100, y: 200, width: 40, height: 10 },
      { width: 80, height: 30 },
      {
        width: 320,
        height: 400,
      },
    );
    expect(p).to.deep.equal({ x: 80, y: 164, side: 'above', pointerX: 40 });
  });

  it('flips below a mark at the top of the widget', () => {
    const p = placeTooltip(
      { x: 100, y: 4, width: 40, height: 10 },
      { width: 80, height: 30 },
      {
        width: 320,
        height: 400,
      },
    );
    expect([p.side, p.y]).to.deep.equal(['below', 20]);
  });

  it('clamps at the left and right edges, the pointer still at the mark', () => {
    const box = { width: 320, height: 400 };
    const left = placeTooltip(
      { x: 0, y: 200, width: 10, height: 10 },
      { width: 200, height: 30 },
      box,
    );
    expect([left.x, left.pointerX]).to.deep.equal([0, 5]);
    const right = placeTooltip(
      { x: 310, y: 200, width: 10, height: 10 },
      { width: 200, height: 30 },
      box,
    );
    expect([right.x, right.pointerX]).to.deep.equal([120, 195]);
  });

  it('takes the roomier side, pushed inside, when neither side has room', () => {
    const p = placeTooltip(
      { x: 100, y: 20, width: 40, height: 10 },
      { width: 80, height: 50 },
      {
        width: 320,
        height: 70,
      },
    );
    expect([p.side, p.y]).to.deep.equal(['below', 20]);
  });
});
