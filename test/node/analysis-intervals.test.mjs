// The intervals against published values: Wilson score intervals (Newcombe 1998a, Statistics
// in Medicine 17:857–872, Table I, method 3) and Newcombe's hybrid score interval for a
// difference of independent shares (Newcombe 1998b, Statistics in Medicine 17:873–890,
// Table II, method 10). Four decimals, as the tables print them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newcombe, wilson } from '../../dist/analysis.js';

const four = (value) => Number(value.toFixed(4));

test('Wilson score intervals match Newcombe’s Table I (method 3), at 0/n, n/n and small n', () => {
  const published = [
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ];
  for (const [count, n, low, high] of published) {
    const interval = wilson(count, n);
    assert.deepEqual([four(interval.low), four(interval.high)], [low, high], `${count}/${n}`);
  }
});

test('Wilson is exactly 0 at 0/n and exactly 1 at n/n, and mirrors at n − x', () => {
  for (const n of [1, 2, 10, 20, 1000]) {
    assert.equal(wilson(0, n).low, 0);
    assert.equal(wilson(n, n).high, 1);
    // 20/20 mirrors 0/20's published upper bound.
    for (let x = 0; x <= n; x += Math.max(1, Math.floor(n / 7))) {
      const a = wilson(x, n);
      const b = wilson(n - x, n);
      assert.ok(Math.abs(a.low - (1 - b.high)) < 1e-12 && Math.abs(a.high - (1 - b.low)) < 1e-12, `${x}/${n}`);
      assert.ok(a.low <= x / n && x / n <= a.high);
    }
  }
  assert.equal(four(wilson(20, 20).low), 0.8389);
  // At 0/n the upper bound has a closed form: z² / (n + z²).
  const z2 = 1.959963984540054 ** 2;
  for (const n of [1, 7, 30]) assert.ok(Math.abs(wilson(0, n).high - z2 / (n + z2)) < 1e-12);
});

test('Newcombe’s hybrid score interval matches Table II, method 10, for every example', () => {
  const table = [
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
    [6, 7, 2, 7, 0.0582, 0.8062],
    [5, 56, 0, 29, -0.0381, 0.1926],
    [0, 10, 0, 20, -0.1611, 0.2775],
    [0, 10, 0, 10, -0.2775, 0.2775],
    [10, 10, 0, 20, 0.6791, 1],
    [10, 10, 0, 10, 0.6075, 1],
  ];
  for (const [x1, n1, x2, n2, low, high] of table) {
    const d = newcombe(x1, n1, x2, n2);
    assert.equal(d.difference, x1 / n1 - x2 / n2);
    assert.deepEqual([four(d.low), four(d.high)], [low, high], `${x1}/${n1} − ${x2}/${n2}`);
  }
});

test('Newcombe’s interval turns over when the two rounds swap', () => {
  const a = newcombe(56, 70, 48, 80);
  const b = newcombe(48, 80, 56, 70);
  assert.ok(Math.abs(a.low + b.high) < 1e-12 && Math.abs(a.high + b.low) < 1e-12);
});
