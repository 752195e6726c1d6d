import { describe } from 'vitest';
import { chartContract } from '../../test/support/chart-contract.js';
import { UnitStatusChart } from './unit-status-chart.js';

describe('UnitStatusChart', () => chartContract(UnitStatusChart, 'statusByUnit'));
