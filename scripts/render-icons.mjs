#!/usr/bin/env node
// Render icons/icon.svg to the PNG sizes the manifest names (16, 32, 48, 128)
// with the system Chromium, so the icons are drawn by a real SVG renderer with
// anti-aliasing at each size. The PNGs are committed: builds need no browser.
// Run after editing the SVG: `node scripts/render-icons.mjs`.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from './chromium.mjs';

const iconsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'icons');
const svg = readFileSync(path.join(iconsDir, 'icon.svg'), 'utf8');
const SIZES = [16, 32, 48, 128];

const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg style="display:block;width:${size}px;height:${size}px" `)}</body></html>`,
    );
    const file = path.join(iconsDir, `icon-${size}.png`);
    await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
} finally {
  await browser.close();
}
