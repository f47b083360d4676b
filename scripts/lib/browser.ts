import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { cardFontFiles } from '../../src/lib/og/fonts';

/** Debian's Chromium (installed by .ci/run), never a browser downloaded by a test tool. */
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A fontconfig file that adds the card fonts (Noto Sans JP and SC, Inter: npm packages) to the
 * machine's fonts, for Chromium only. A fresh machine has no CJK font: Chromium then looks for a
 * fallback glyph character by character and lays a Japanese article out in about 620 ms instead of
 * 60–120 ms, and every screenshot shows boxes (docs/testing.md). With them, a page renders as on a
 * reader's machine that has Noto installed (the pages' font stacks name it).
 */
function fontConfig(): string {
  const dir = path.resolve('node_modules/.cache/fontconfig');
  const file = path.join(dir, 'fonts.conf');
  const dirs = [...new Set(cardFontFiles().map((font) => path.dirname(font.file)))];
  const conf = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
    '<fontconfig>',
    '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
    ...dirs.map((d) => `  <dir>${escapeXml(d)}</dir>`),
    `  <cachedir>${escapeXml(path.join(dir, 'cache'))}</cachedir>`,
    '</fontconfig>',
    '',
  ].join('\n');
  fs.mkdirSync(dir, { recursive: true });
  if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== conf) fs.writeFileSync(file, conf);
  return file;
}

/** Launches headless Chromium with the card fonts and the flags this closed network needs (no background connections). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    env: { ...process.env, FONTCONFIG_FILE: fontConfig() },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
