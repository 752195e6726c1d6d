import { describe } from 'vitest';
import { chartContract } from '../../test/support/chart-contract.js';
import { TrendChart } from './trend-chart.js';

describe('TrendChart', () => chartContract(TrendChart, 'trend'));
