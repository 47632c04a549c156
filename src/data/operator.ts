/** The operator's details for the pages that name them (see src/build/operator.ts). */
import { readOperator } from '../build/operator.ts';

export const operator = readOperator();
