import { describe, expect, it } from 'vitest';
import { ASCII_GLYPHS, bar, domainOf, shareBar, UNICODE_GLYPHS } from '../../src/ui/components/barGeometry.js';

const U = UNICODE_GLYPHS;
const exact = (v: number) => ({ lo: v, hi: v });

describe('bar geometry', () => {
  it('draws a bar proportional to the value, in half cells, always the full width', () => {
    const domain = domainOf([exact(100), exact(50), exact(25)]);
    expect(bar(exact(100), domain, 10, U)).toBe('██████████');
    expect(bar(exact(50), domain, 10, U)).toBe('█████     ');
    // 25% of 10 cells is two and a half: the half is a half block.
    expect(bar(exact(25), domain, 10, U)).toBe('██▌       ');
  });

  it('rounds to the nearest step, and a value that is not zero never vanishes', () => {
    const domain = domainOf([exact(1000), exact(1)]);
    expect(bar(exact(1), domain, 10, U)).toBe('▌         ');
    expect(bar(exact(0), domain, 10, U)).toBe('          ');
    expect(bar(exact(1750), { min: 0, max: 1800 }, 20, U)).toBe('███████████████████▌');
  });

  it('draws nothing with a zero maximum, and a single figure across the width', () => {
    expect(bar(exact(0), domainOf([exact(0), exact(0)]), 6, U)).toBe('      ');
    expect(bar(exact(1.94), domainOf([exact(1.94)]), 6, U)).toBe('██████');
  });

  it('draws a range solid to its lower end with a tail to its upper end', () => {
    const domain = domainOf([{ lo: 3, hi: 5 }, exact(10)]);
    expect(bar({ lo: 3, hi: 5 }, domain, 10, U)).toBe('███┄┄     ');
  });

  it('draws a floor solid to its value with an open end, and a ceiling as a tail only', () => {
    const domain = domainOf([{ lo: 2000, hi: Infinity }, exact(4000)]);
    expect(bar({ lo: 2000, hi: Infinity }, domain, 10, U)).toBe('█████→    ');
    expect(bar({ lo: -Infinity, hi: 2000 }, domain, 10, U)).toBe('┄┄┄┄┄     ');
  });

  it('puts zero where the domain says, negatives to its left', () => {
    const domain = domainOf([exact(-5), exact(5)]);
    expect(bar(exact(-5), domain, 10, U)).toBe('█████     ');
    expect(bar(exact(5), domain, 10, U)).toBe('     █████');
    expect(bar(exact(-2.5), domain, 10, U)).toBe('  ▐██     ');
  });

  it('shades a target and marks a target on another bar', () => {
    const domain = domainOf([exact(1800), exact(1729)]);
    expect(bar(exact(1800), domain, 10, U, { shade: true })).toBe('░░░░░░░░░░');
    expect(bar(exact(900), domain, 10, U, { markers: [1800] })).toBe('█████    ┊');
  });

  it('draws the same geometry in ASCII, a whole cell a step', () => {
    const domain = domainOf([exact(100), { lo: 30, hi: 50 }]);
    expect(bar(exact(25), domain, 10, ASCII_GLYPHS)).toBe('###       ');
    expect(bar({ lo: 30, hi: 50 }, domain, 10, ASCII_GLYPHS)).toBe('###--     ');
    expect(bar(exact(100), domain, 10, ASCII_GLYPHS, { shade: true })).toBe('==========');
    expect(bar({ lo: 30, hi: Infinity }, domain, 10, ASCII_GLYPHS)).toBe('###>      ');
    expect(shareBar(0.5, 1, 10, ASCII_GLYPHS)).toBe('#####    |');
    expect(bar(exact(25), domain, 10, ASCII_GLYPHS)).toMatch(/^[#\- =>|]+$/u);
  });

  it('fills a share toward its goal, the goal marked, and goes past it to the top', () => {
    expect(shareBar(0.961, 1, 20, U)).toBe('███████████████████┊');
    expect(shareBar(1.5, 1.5, 12, U)).toBe('███████┊████');
    expect(shareBar(0, 1, 5, U)).toBe('    ┊');
  });
});
