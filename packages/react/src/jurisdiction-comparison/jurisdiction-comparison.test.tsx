import { describe } from 'vitest';
import { chartContract } from '../../test/support/chart-contract.js';
import { JurisdictionComparison } from './jurisdiction-comparison.js';

describe('JurisdictionComparison', () => chartContract(JurisdictionComparison, 'jurisdictionComparison'));
