import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bundledDataset, cleanBundledSeed, SEEDS } from '../helpers.js';

/**
 * The five seeds' clean texts, byte for byte, and the seed lines they come from, as they
 * stood when the cleaning rules were code. Every quote, offset and citation rests on them,
 * so a change to the cleaning must leave them as they are.
 */
const PINNED: Record<(typeof SEEDS)[number], { text: string; lines: string }> = {
  '000_460f0e1b014ac56f.txt': {
    text: '1ab284d334f093b7901571be1099a14941a29eff3343347b8bfa66c3536bc0a3',
    lines: '99be76706c7b7f703603c2b93cffba4e23d4a181b92ccdec79ddce077db22293',
  },
  '001_c6ab3c07fbde3765.txt': {
    text: '922c587b54888f39bd9d005121ab8da4e4c6de2873c501cce87c145380a350b4',
    lines: 'df237e67644b76224c3d7bcdc0232e197dda5c8a39e8a7d9701ef1b72cb6bd2b',
  },
  '002_c2e15af26f8a97f6.txt': {
    text: '98da0bfd72e91759f130d5fba9ea2d63a86bb3105c06f98785353bb38652074c',
    lines: '5f1d7f5a91b290d6456854a73b099cfff934ee3351256538435317d821c6a8c0',
  },
  '003_10172597df91bc87.txt': {
    text: '0e15e59c5628c5346d5b0344e19fb42b26af970b53378f3345bcae94246f4f8d',
    lines: '93a9e9d8fcbc4121093faf707bdb9d2ba4b3b494410d334b527dfd359e557e5f',
  },
  '004_b52b74282f10c265.txt': {
    text: 'ceeb62c0b11df377f0380e1f7b84a3eb0efc1b8c9c1676d335d77884dfe20ba0',
    lines: 'cff46c0a8f11d4b851c8d11f187e83bb11c6dcb46bdf5f606359e39d1a5d54f5',
  },
};

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
const documents = bundledDataset().documents;

describe('the seeds clean to the pinned texts', () => {
  it('every seed has a document', () => {
    expect(new Set(documents.map((d) => d.seed))).toEqual(new Set(SEEDS));
  });
  it.each(SEEDS)('%s: the clean text', (seed) => {
    const doc = documents.find((d) => d.seed === seed)!;
    expect(sha256(doc.text)).toBe(PINNED[seed].text);
  });
  it.each(SEEDS)('%s: the seed lines and their numbers', (seed) => {
    const { lines } = cleanBundledSeed(seed);
    expect(sha256(lines.map((l) => `${l.line}\t${l.text}`).join('\n'))).toBe(PINNED[seed].lines);
  });
});
