// A Vite app as a user writes it: the bullet view drawn on canvas from the installed package.
import { bullet, mount } from '@luoshi/charts';
import dataset from '../guangzhou.json';

const chart = mount(document.getElementById('chart'), bullet, dataset, {
  locale: 'zh-CN',
  jurisdictionId: 'haizhu',
});
window.luoshiDrawn = { state: chart.model.state };
