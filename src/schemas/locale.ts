/**
 * Schema errors are read by the site's German-speaking editors, so zod speaks
 * German here, and a missing field says so plainly instead of „expected string,
 * received undefined“.
 */
import { z } from 'zod';

z.config({
  ...z.locales.de(),
  customError: (issue) => (issue.code === 'invalid_type' && issue.input === undefined ? 'Pflichtfeld fehlt' : undefined),
});
