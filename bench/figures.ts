/**
 * Agencies' figures (issue 10, item 8) at the two scales they are used at, one section of `npm run bench`: the
 * central committee's PC consolidating 1,360 sources (figuresCentral.ts) and a province writing its 40 templates and
 * reading one back (figuresProvince.ts). One entry, so run.ts prints them as one table; the central file is built,
 * measured and removed before the province's store is opened.
 */
import { centralScenarios } from './figuresCentral';
import { provinceScenarios } from './figuresProvince';
import type { Scenario } from './report';

export async function benchFigures(dir: string): Promise<Scenario[]> {
  const central = centralScenarios(dir);
  const province = await provinceScenarios(dir);
  return [...central, ...province];
}
