import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { localeInfo, locales, type Locale, type LocaleInfo } from '../i18n/locales';
import { readAdvances, type Advances } from './sfnt';
import type { Measure } from './text';

/** The weights the cards are drawn in. */
const cardWeights = [400, 700] as const;

/** One of the card weights. */
export type CardWeight = (typeof cardWeights)[number];

/**
 * The font files of every family that a locale names (the `font` field of `locales`), per weight:
 * full TTFs from npm packages, never downloaded. A locale whose family is missing here fails type-checking.
 */
const families: Record<LocaleInfo['font'], Record<CardWeight, string>> = {
  'Noto Sans JP': {
    400: '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf',
    700: '@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf',
  },
  Inter: {
    400: '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf',
    700: '@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf',
  },
  'Noto Sans SC': {
    400: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
    700: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
  },
};

/** A card font file: its family name, weight and bytes. */
export interface CardFace {
  name: string;
  data: Buffer;
  weight: CardWeight;
}

/** The card fonts, read and parsed once per build. */
export interface CardFonts {
  /** Every family in every weight. */
  faces: CardFace[];
  /** A digest of every font file: a changed font invalidates every cached card. */
  hash: string;
  /** The width of a text in the fonts of a language, in ems. */
  measure: (weight: CardWeight) => Measure;
}

/**
 * The font families for text in `lang`, in the order they are tried for each character: the
 * language's own family first, so that Han characters take its glyph forms (Japanese or Chinese),
 * then the other locales' families for characters it lacks.
 */
export function fontStack(lang: Locale): string[] {
  return [...new Set([localeInfo(lang).font, ...locales.map((l) => l.font)])];
}

let loaded: CardFonts | undefined;

/** Reads every card font from node_modules (once per process: the result is memoised). */
export function cardFonts(): CardFonts {
  loaded ??= readFonts();
  return loaded;
}

/** The card font files on disk: every family in every weight, with its family name and weight. */
export function cardFontFiles(): { name: string; weight: CardWeight; file: string }[] {
  const resolve = createRequire(path.resolve('package.json')).resolve;
  return Object.entries(families).flatMap(([name, files]) => cardWeights.map((weight) => ({ name, weight, file: resolve(files[weight]) })));
}

function readFonts(): CardFonts {
  const digest = createHash('sha256');
  const faces: CardFace[] = [];
  const advances = new Map<string, Advances>();
  for (const { name, weight, file } of cardFontFiles()) {
    const data = fs.readFileSync(file);
    digest.update(`${name} ${weight} `).update(data);
    faces.push({ name, data, weight });
    advances.set(`${name} ${weight}`, readAdvances(data));
  }
  const measure =
    (weight: CardWeight): Measure =>
    (text, lang) => {
      const stack = fontStack(lang).map((name) => advances.get(`${name} ${weight}`) as Advances);
      let width = 0;
      for (const char of text) {
        const codePoint = char.codePointAt(0) as number;
        // A character no font has is drawn by no one: rendering reports it; until then, count it as 1em.
        width += stack.reduce<number | undefined>((found, font) => found ?? font(codePoint), undefined) ?? 1;
      }
      return width;
    };
  return { faces, hash: digest.digest('hex'), measure };
}
