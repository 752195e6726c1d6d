import { describe } from 'vitest';
import { chartContract } from '../../test/support/chart-contract.js';
import { VarianceChart } from './variance-chart.js';

describe('VarianceChart', () => chartContract(VarianceChart, 'variance'));
