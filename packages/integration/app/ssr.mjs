// A Next.js-style server render: a @luoshi/react component to HTML with react-dom/server in Node,
// from the built package (its 'use client' entry is an ordinary module on the server).
import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { BulletChart } from '@luoshi/react';

const dataset = JSON.parse(readFileSync(new URL('./guangzhou.json', import.meta.url), 'utf8'));
const html = renderToString(
  createElement(BulletChart, {
    data: dataset,
    ssr: 'svg',
    locale: 'en',
    jurisdictionId: 'haizhu',
    height: 360,
  }),
);
console.log(JSON.stringify({ html }));
