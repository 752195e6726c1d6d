import { describe } from 'vitest';
import { chartContract } from '../../test/support/chart-contract.js';
import { AchievementGauge } from './achievement-gauge.js';

describe('AchievementGauge', () => chartContract(AchievementGauge, 'gauge'));
