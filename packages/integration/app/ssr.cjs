// The same server render from CommonJS (older Next.js and Jest-style setups require the package).
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { createElement } = require('react');
const { renderToString } = require('react-dom/server');
const { BulletChart } = require('@luoshi/react');

const dataset = JSON.parse(readFileSync(join(__dirname, 'guangzhou.json'), 'utf8'));
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
